package org.pollcam.supervision.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthDebounce;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.media.probe.Fingerprint;

/**
 * What the prober keeps about a camera between two checks: the last scheduled check it claimed, the debounce streak
 * and the fingerprints the judge compares with. Written by the prober only; the event consumer never touches it.
 */
@Entity
public class CameraWatch {

    @Id
    private Long cameraId;

    private long lastSlot;

    private Instant checkedAt;

    private int checkMillis;

    @Enumerated(EnumType.STRING)
    private StreamHealth confirmedState;

    @Enumerated(EnumType.STRING)
    private StreamHealth candidateState;

    private int streak;

    private Instant reportedAt;

    private String previousFingerprint;

    private String referenceFingerprint;

    protected CameraWatch() {
    }

    public CameraWatch(long cameraId) {
        this.cameraId = cameraId;
        this.lastSlot = -1;
        HealthDebounce start = HealthDebounce.start();
        this.confirmedState = start.confirmed();
        this.candidateState = start.candidate();
    }

    /** Whether this scheduled check, or a later one, was already claimed. */
    public boolean isDone(long slot) {
        return slot <= lastSlot;
    }

    /** Claims a scheduled check; false when this check (or a later one) was already claimed. */
    public boolean claim(long slot) {
        if (isDone(slot)) {
            return false;
        }
        lastSlot = slot;
        return true;
    }

    public CameraMemory memory() {
        return new CameraMemory(fingerprint(previousFingerprint), fingerprint(referenceFingerprint));
    }

    public HealthDebounce debounce() {
        return new HealthDebounce(confirmedState, candidateState, streak);
    }

    public void remember(Instant at, int millis, HealthDebounce debounced, CameraMemory memory) {
        checkedAt = at;
        checkMillis = millis;
        confirmedState = debounced.confirmed();
        candidateState = debounced.candidate();
        streak = debounced.streak();
        previousFingerprint = memory.previous() == null ? null : memory.previous().toBase64();
    }

    /** The camera's current picture becomes its approved view: "moved" is judged against it from now on. */
    public boolean approveView() {
        if (previousFingerprint == null) {
            return false;
        }
        referenceFingerprint = previousFingerprint;
        return true;
    }

    /**
     * True when a report is due: the confirmed state changed, or nothing was reported for a heartbeat interval. A
     * camera never reported waits until its first state is confirmed, so it is not announced ONLINE by default.
     */
    public boolean reportDue(boolean changed, Instant now, Duration heartbeat) {
        if (reportedAt == null) {
            return candidateState == confirmedState;
        }
        return changed || !now.isBefore(reportedAt.plus(heartbeat));
    }

    public void reported(Instant at) {
        reportedAt = at;
    }

    public Long getCameraId() {
        return cameraId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public StreamHealth getConfirmedState() {
        return confirmedState;
    }

    private static Fingerprint fingerprint(String base64) {
        return base64 == null ? null : Fingerprint.fromBase64(base64);
    }
}
