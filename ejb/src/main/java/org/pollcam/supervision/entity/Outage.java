package org.pollcam.supervision.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of broadcast time in which a camera was not ONLINE, however many states it went through. Its cause is
 * the one that lasted longest within it, with the reason first given for that cause: what an operator has to
 * explain. Outages are cut at the edges of the report (polls opening, the moment of the report).
 */
public record Outage(long cameraId, Instant start, Instant end, OutageCause cause, String reason) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
