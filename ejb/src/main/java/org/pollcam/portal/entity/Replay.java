package org.pollcam.portal.entity;

import java.time.Duration;
import java.time.Instant;

/** The answer to "play camera C from time T" from the archive: a VOD playlist, or why there is none. */
public sealed interface Replay {

    /**
     * The playlist of [{@code from}, {@code to}); its first segment starts at {@code firstSegment}, at or before
     * {@code from} when footage covers it. {@code closed}: the range lies in the past, no segment can join it, so the
     * playlist may be cached for long.
     */
    record Playable(String playlist, Instant from, Instant to, Instant firstSegment, boolean closed)
            implements Replay {

        /** How far into the playlist the chosen time is (zero when footage starts only after it). */
        public Duration offset() {
            Duration offset = Duration.between(firstSegment, from);
            return offset.isNegative() ? Duration.ZERO : offset;
        }
    }

    /** No playlist; {@code offAir} is the broadcast rule that keeps the footage from the public, if one does. */
    record Refused(Reason reason, OffAir offAir) implements Replay {
    }

    enum Reason {
        /** No such camera. */
        UNKNOWN_CAMERA,
        /** The station was not on air then (outside the broadcast hours, not broadcast, protocol signed, disabled). */
        NOT_OFFERED,
        /** Older than the retention period: deleted. */
        EXPIRED,
        /** On air, but nothing was archived from then (the camera was not recorded, offline, or it is the future). */
        NOTHING_ARCHIVED
    }
}
