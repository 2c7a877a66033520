package org.pollcam.supervision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uptime of a station, constituency or region: time-weighted over its cameras, not an average of percentages. */
class UptimeFiguresTest {

    private static final Instant NINE = Instant.parse("2024-02-07T05:00:00Z");

    private static CameraUptime camera(long id, Duration votingOnline, Duration votingObserved, Outage... outages) {
        return new CameraUptime(id, UptimeShare.of(votingOnline, votingObserved), UptimeShare.NONE, List.of(outages));
    }

    @Test
    void sharesAreWeightedByObservedTime() {
        UptimeFigures station = UptimeFigures.of(camera(1, Duration.ofHours(10), Duration.ofHours(10)))
                .plus(UptimeFigures.of(camera(2, Duration.ZERO, Duration.ofHours(1))));

        assertEquals(2, station.cameras());
        assertEquals(90.91, station.voting().percent(), "10 of 11 hours, not the mean of 100% and 0%");
        assertEquals(Duration.ofHours(11).toMillis(), station.broadcast().observedMillis());
    }

    @Test
    void outagesAreCountedByCause() {
        Outage black = new Outage(1, NINE, NINE.plusSeconds(60), OutageCause.BLACK, "dark");
        Outage silent = new Outage(1, NINE.plusSeconds(600), NINE.plusSeconds(900), OutageCause.NO_DATA, null);
        Outage offline = new Outage(2, NINE, NINE.plusSeconds(60), OutageCause.BLACK, "dark");

        UptimeFigures region = UptimeFigures.NONE
                .plus(UptimeFigures.of(camera(1, Duration.ofHours(1), Duration.ofHours(2), black, silent)))
                .plus(UptimeFigures.of(camera(2, Duration.ofHours(2), Duration.ofHours(2), offline)));

        assertEquals(3, region.outages());
        assertEquals(Map.of(OutageCause.BLACK, 2, OutageCause.NO_DATA, 1), region.outagesByCause());
        assertEquals(75.0, region.voting().percent());
    }

    @Test
    void noObservedTimeHasNoShare() {
        assertNull(UptimeFigures.NONE.voting().percent());
        assertNull(UptimeShare.NONE.plus(UptimeShare.NONE).percent());
    }
}
