package org.pollcam.supervision.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.pollcam.media.health.StreamHealth;

/** One accepted camera event in the camera's timeline. Written once, never changed. */
@Entity
public class TimelineEntry {

    @Id
    @GeneratedValue(generator = "timeline_entry_seq")
    @SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
    private Long id;

    private String eventId;

    private long cameraId;

    private long sequence;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private EventOrigin origin;

    @Enumerated(EnumType.STRING)
    private StreamHealth state;

    private String reason;

    private Instant sourceTime;

    private Instant receivedAt;

    protected TimelineEntry() {
    }

    public TimelineEntry(CameraEvent event, Instant receivedAt) {
        this.eventId = event.eventId();
        this.cameraId = event.cameraId();
        this.sequence = event.sequence();
        this.kind = event.kind();
        this.origin = event.origin();
        this.state = event.state();
        this.reason = event.reason();
        this.sourceTime = event.sourceTime();
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventId() {
        return eventId;
    }

    public long getCameraId() {
        return cameraId;
    }

    public long getSequence() {
        return sequence;
    }

    public EventKind getKind() {
        return kind;
    }

    public EventOrigin getOrigin() {
        return origin;
    }

    public StreamHealth getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Instant getSourceTime() {
        return sourceTime;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
