package org.pollcam.supervision.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.pollcam.media.health.StreamHealth;

/**
 * A camera's current health as operators and viewers see it. Only a newer event moves it: newer means a later time
 * at the source, or the same time and a higher sequence. So a redelivered or late event never moves it back.
 */
@Entity
public class CameraHealth {

    @Id
    private Long cameraId;

    @Enumerated(EnumType.STRING)
    private StreamHealth state;

    private String reason;

    private Instant stateSince;

    private Instant lastSourceTime;

    private long lastSequence;

    private Instant lastHeardAt;

    @Version
    private int version;

    protected CameraHealth() {
    }

    /** A camera first heard of by this event. */
    public static CameraHealth first(CameraEvent event, Instant receivedAt) {
        CameraHealth health = new CameraHealth();
        health.cameraId = event.cameraId();
        health.state = event.stateOr(StreamHealth.ONLINE);
        health.reason = event.reason();
        health.stateSince = event.sourceTime();
        health.lastSourceTime = event.sourceTime();
        health.lastSequence = event.sequence();
        health.lastHeardAt = receivedAt;
        return health;
    }

    public boolean isOlderThan(CameraEvent event) {
        int byTime = event.sourceTime().compareTo(lastSourceTime);
        return byTime > 0 || byTime == 0 && event.sequence() > lastSequence;
    }

    /**
     * Applies an event newer than everything applied so far; returns true when the state changed. A heartbeat only
     * says the camera is heard; it carries no state.
     */
    public boolean apply(CameraEvent event, Instant receivedAt) {
        lastHeardAt = receivedAt;
        if (!isOlderThan(event)) {
            return false;
        }
        lastSourceTime = event.sourceTime();
        lastSequence = event.sequence();
        if (event.state() == null) {
            return false;
        }
        reason = event.reason();
        if (event.state() == state) {
            return false;
        }
        state = event.state();
        stateSince = event.sourceTime();
        return true;
    }

    public Long getCameraId() {
        return cameraId;
    }

    public StreamHealth getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Instant getStateSince() {
        return stateSince;
    }

    public Instant getLastSourceTime() {
        return lastSourceTime;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public Instant getLastHeardAt() {
        return lastHeardAt;
    }
}
