package org.pollcam.portal.control;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * How long election footage is kept: the law speaks in years ({@code P5Y}), tests and demos in hours ({@code PT6H}),
 * so both ISO forms are accepted. A period of years or months is counted on the calendar of the given zone (five
 * years after 7 December is 7 December), a duration exactly.
 */
public record ArchiveRetention(Period period, Duration duration) {

    public ArchiveRetention {
        if ((period == null) == (duration == null)) {
            throw new IllegalArgumentException("a retention is either a period or a duration");
        }
        if (period != null && (period.isNegative() || period.isZero())
                || duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("a retention must be longer than zero");
        }
    }

    /** {@code P5Y}, {@code P90D}, {@code PT6H}: anything {@link Period} or {@link Duration} parse. */
    public static ArchiveRetention parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return value.contains("T") ? new ArchiveRetention(null, Duration.parse(value))
                    : new ArchiveRetention(Period.parse(value), null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("pollcam.archive.retention must be an ISO period or duration such as"
                    + " P5Y or PT6H, not " + text, e);
        }
    }

    /** The oldest moment still kept at {@code now}: footage that ended before it is deleted. */
    public Instant cutoff(Instant now, ZoneId zone) {
        return period != null ? now.atZone(zone).minus(period).toInstant() : now.minus(duration);
    }

    /** The age beyond which footage is deleted, as of {@code now}. */
    public Duration maxAge(Instant now, ZoneId zone) {
        return Duration.between(cutoff(now, zone), now);
    }
}
