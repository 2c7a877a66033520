package org.pollcam.media.publish.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** One archived segment: its file and the wall-clock time it covers. */
public record ArchivedSegment(Path file, Instant start, Duration duration) {

    public Instant end() {
        return start.plus(duration);
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end().isAfter(from);
    }
}
