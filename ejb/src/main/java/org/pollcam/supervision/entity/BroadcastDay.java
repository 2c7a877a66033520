package org.pollcam.supervision.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The hours of an election day that the public watches, as instants: voting {@code [votingOpens, votingCloses)} and
 * counting {@code [votingCloses, countingEnds)}, each clipped to the moment the report is made. A report made at noon
 * covers the four hours of voting so far and no counting; the shares are of the time that has passed.
 */
public record BroadcastDay(Instant votingOpens, Instant votingCloses, Instant countingEnds, Instant asOf) {

    public BroadcastDay {
        Objects.requireNonNull(asOf);
        if (!votingOpens.isBefore(votingCloses) || !votingCloses.isBefore(countingEnds)) {
            throw new IllegalArgumentException("voting must open before it closes, and counting end after that");
        }
    }

    /** The schedule as the election states it, in the election's own time zone. */
    public static BroadcastDay of(ZoneId zone, LocalDateTime votingOpens, LocalDateTime votingCloses,
                                  LocalDateTime countingEnds, Instant asOf) {
        return new BroadcastDay(votingOpens.atZone(zone).toInstant(), votingCloses.atZone(zone).toInstant(),
                countingEnds.atZone(zone).toInstant(), asOf);
    }

    public Span voting() {
        return new Span(votingOpens, clip(votingOpens, votingCloses));
    }

    public Span counting() {
        return new Span(votingCloses, clip(votingCloses, countingEnds));
    }

    /** From the opening of the polls to the end of what the report covers. */
    public Span whole() {
        return new Span(votingOpens, counting().isEmpty() ? voting().end() : counting().end());
    }

    /** True while the day is not over: the report stops at "now", and outages reaching it are still going on. */
    public boolean isClipped() {
        return asOf.isBefore(countingEnds);
    }

    private Instant clip(Instant start, Instant scheduledEnd) {
        Instant end = asOf.isBefore(scheduledEnd) ? asOf : scheduledEnd;
        return end.isBefore(start) ? start : end;
    }

    /** A half-open stretch of time {@code [start, end)}. */
    public record Span(Instant start, Instant end) {

        public Span {
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a span ends after it starts");
            }
        }

        public boolean isEmpty() {
            return start.equals(end);
        }

        public Duration length() {
            return Duration.between(start, end);
        }
    }
}
