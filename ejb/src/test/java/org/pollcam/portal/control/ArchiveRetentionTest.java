package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ArchiveRetentionTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void yearsAreCalendarYearsAndHoursAreExact() {
        assertEquals(Instant.parse("2021-12-07T10:00:00Z"), ArchiveRetention.parse("P5Y").cutoff(now, BAKU));
        assertEquals(Instant.parse("2026-12-07T04:00:00Z"), ArchiveRetention.parse("PT6H").cutoff(now, BAKU));
        assertEquals(Duration.ofHours(36), ArchiveRetention.parse("P1DT12H").maxAge(now, BAKU));
    }

    @Test
    void aRetentionThatIsNoneOrNotIsoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArchiveRetention.parse("5 years"));
        assertThrows(IllegalArgumentException.class, () -> ArchiveRetention.parse("PT0S"));
        assertThrows(IllegalArgumentException.class, () -> ArchiveRetention.parse("P-1Y"));
        assertThrows(IllegalArgumentException.class, () -> ArchiveRetention.parse(null));
    }
}
