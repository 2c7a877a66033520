package org.pollcam.supervision.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pollcam.media.health.StreamHealth;

/**
 * A camera fault operators act on: opened once the camera has been off ONLINE for the debounce time, acknowledged by
 * an operator, assigned to a field technician, resolved when the camera has been back long enough or by hand with a
 * note. A camera that flaps while its incident is unresolved adds to the same incident.
 */
@Entity
public class Incident {

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(generator = "incident_seq")
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;

    private long cameraId;

    /** The camera while unresolved, then null: the database allows one unresolved incident per camera. */
    private Long openCameraId;

    @Enumerated(EnumType.STRING)
    private StreamHealth cause;

    private String reason;

    private Instant beganAt;

    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    private String acknowledgedBy;

    private Instant acknowledgedAt;

    private String assignee;

    private String resolvedBy;

    private Instant resolvedAt;

    private String resolution;

    private int flaps;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<IncidentEntry> history = new ArrayList<>();

    @Version
    private int version;

    protected Incident() {
    }

    public Incident(CameraHealth health, Instant now) {
        this.cameraId = health.getCameraId();
        this.openCameraId = cameraId;
        this.cause = health.getState();
        this.reason = health.getReason();
        this.beganAt = health.getStateSince();
        this.openedAt = now;
        this.status = IncidentStatus.OPEN;
        record(now, SYSTEM, "OPENED", cause + (reason == null ? "" : ": " + reason));
    }

    /** The camera went bad again before the incident was resolved: counted here, not a new incident. */
    public void flapped(CameraHealth health, Instant now) {
        flaps++;
        record(now, SYSTEM, "FLAPPED", health.getState() + (health.getReason() == null ? "" : ": "
                + health.getReason()));
    }

    public void acknowledge(String operator, Instant now, String note) {
        requireUnresolved();
        if (status == IncidentStatus.OPEN) {
            status = IncidentStatus.ACKNOWLEDGED;
            acknowledgedBy = operator;
            acknowledgedAt = now;
        }
        record(now, operator, "ACKNOWLEDGED", note);
    }

    public void assign(String technician, String operator, Instant now) {
        requireUnresolved();
        assignee = technician;
        record(now, operator, "ASSIGNED", technician);
    }

    public void resolve(String actor, Instant now, String note) {
        requireUnresolved();
        status = IncidentStatus.RESOLVED;
        openCameraId = null;
        resolvedBy = actor;
        resolvedAt = now;
        resolution = note;
        record(now, actor, "RESOLVED", note);
    }

    public boolean isResolved() {
        return status == IncidentStatus.RESOLVED;
    }

    private void requireUnresolved() {
        if (isResolved()) {
            throw new IllegalStateException("incident " + id + " is resolved");
        }
    }

    private void record(Instant at, String actor, String action, String note) {
        history.add(new IncidentEntry(this, at, actor, action, note));
    }

    public Long getId() {
        return id;
    }

    public long getCameraId() {
        return cameraId;
    }

    public StreamHealth getCause() {
        return cause;
    }

    public String getReason() {
        return reason;
    }

    public Instant getBeganAt() {
        return beganAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public int getFlaps() {
        return flaps;
    }

    public List<IncidentEntry> getHistory() {
        return history;
    }
}
