package org.pollcam.supervision.entity;

import java.time.Instant;
import java.util.Comparator;
import org.pollcam.media.health.StreamHealth;

/**
 * What the uptime report reads of a timeline entry: when (at the source) the camera said what.
 *
 * @param state null for a heartbeat: the camera was heard, its health not restated
 */
public record TimelineMark(long cameraId, Instant sourceTime, long sequence, StreamHealth state, String reason) {

    /** Source time, then the sender's sequence: the order things happened, whatever order they arrived in. */
    public static final Comparator<TimelineMark> SOURCE_ORDER = Comparator.comparing(TimelineMark::sourceTime)
            .thenComparingLong(TimelineMark::sequence);

    public boolean bearsState() {
        return state != null;
    }
}
