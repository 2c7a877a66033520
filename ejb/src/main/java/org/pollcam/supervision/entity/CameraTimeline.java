package org.pollcam.supervision.entity;

import java.time.Instant;
import java.util.List;
import org.pollcam.media.health.StreamHealth;

/** A camera's tile and its latest timeline entries, newest first. */
public record CameraTimeline(CameraTile camera, List<Entry> entries) {

    public record Entry(String eventId, long sequence, EventKind kind, EventOrigin origin,
                        StreamHealth state, String reason, Instant sourceTime, Instant receivedAt) {
    }
}
