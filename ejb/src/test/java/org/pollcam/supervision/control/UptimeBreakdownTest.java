package org.pollcam.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcam.registry.entity.BroadcastCamera;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.supervision.entity.BroadcastDay;
import org.pollcam.supervision.entity.CameraUptime;
import org.pollcam.supervision.entity.Outage;
import org.pollcam.supervision.entity.OutageCause;
import org.pollcam.supervision.entity.OutageRow;
import org.pollcam.supervision.entity.UptimeRow;
import org.pollcam.supervision.entity.UptimeShare;

/** Station, constituency, region and country figures are sums of their cameras' time. */
class UptimeBreakdownTest {

    private static final Instant OPENS = Instant.parse("2024-02-07T04:00:00Z");
    private static final BroadcastDay NOON = new BroadcastDay(OPENS, OPENS.plus(Duration.ofHours(11)),
            OPENS.plus(Duration.ofHours(15)), OPENS.plus(Duration.ofHours(4)));

    // Baku: constituency 1 with stations 1-1 (two cameras) and 1-2; Ganja: constituency 40 with station 40-7.
    private static final BroadcastCamera OVERVIEW_1_1 = camera(11, CameraRole.OVERVIEW, 101, 1, 1, 1, "Baku");
    private static final BroadcastCamera BALLOT_BOX_1_1 = camera(12, CameraRole.BALLOT_BOX, 101, 1, 1, 1, "Baku");
    private static final BroadcastCamera OVERVIEW_1_2 = camera(13, CameraRole.OVERVIEW, 102, 1, 2, 1, "Baku");
    private static final BroadcastCamera OVERVIEW_40_7 = camera(14, CameraRole.OVERVIEW, 103, 40, 7, 2, "Ganja");

    private static BroadcastCamera camera(long id, CameraRole role, long stationId, int constituency, int station,
                                          long regionId, String region) {
        return new BroadcastCamera(id, role, stationId, constituency, station, "School " + station,
                1000 + constituency, "C" + constituency, regionId, region);
    }

    private static CameraUptime onlineFor(long cameraId, Duration online, Outage... outages) {
        return new CameraUptime(cameraId, UptimeShare.of(online, Duration.ofHours(4)), UptimeShare.NONE,
                List.of(outages));
    }

    private static Outage outage(long cameraId, int fromHour, Instant end, OutageCause cause) {
        return new Outage(cameraId, OPENS.plus(Duration.ofHours(fromHour)), end, cause, null);
    }

    private final UptimeBreakdown breakdown = new UptimeBreakdown(NOON,
            List.of(OVERVIEW_1_1, BALLOT_BOX_1_1, OVERVIEW_1_2, OVERVIEW_40_7), new LinkedHashMap<>(Map.of(
                    11L, onlineFor(11, Duration.ofHours(4)),
                    12L, onlineFor(12, Duration.ZERO, outage(12, 0, NOON.asOf(), OutageCause.NO_DATA)),
                    13L, onlineFor(13, Duration.ofHours(3),
                            outage(13, 1, OPENS.plus(Duration.ofHours(2)), OutageCause.OFFLINE)),
                    14L, onlineFor(14, Duration.ofHours(1), outage(14, 2, OPENS.plus(Duration.ofHours(5)),
                            OutageCause.BLACK)))));

    @Test
    void aStationsShareIsItsCamerasTimeOnAirOverTheirTimeObserved() {
        List<UptimeRow> stations = breakdown.stations();

        assertEquals(List.of("1-1", "1-2", "40-7"), stations.stream().map(UptimeRow::station).toList());
        assertEquals(50.0, stations.get(0).figures().voting().percent());
        assertEquals(2, stations.get(0).figures().cameras());
        assertEquals(75.0, stations.get(1).figures().voting().percent());
    }

    @Test
    void constituenciesRegionsAndTheCountryWeighEveryCameraByItsTime() {
        UptimeRow baku = breakdown.regions().get(0);
        UptimeRow constituency = breakdown.constituencies().get(0);

        assertEquals("No. 1 C1", constituency.constituency());
        assertEquals(Math.round(7 * 10_000.0 / 12) / 100.0, constituency.figures().voting().percent());
        assertEquals("Baku", baku.region());
        assertEquals(constituency.figures(), baku.figures());
        assertEquals(2, breakdown.regions().size());
        assertEquals(50.0, breakdown.country().voting().percent(), "8 of 16 camera-hours");
        assertEquals(4, breakdown.country().cameras());
        assertEquals(3, breakdown.country().outages());
    }

    @Test
    void outagesAreListedEarliestFirstAndThoseReachingNowAreOngoing() {
        List<OutageRow> outages = breakdown.outages();

        assertEquals(List.of(12L, 13L, 14L), outages.stream().map(OutageRow::cameraId).toList());
        assertTrue(outages.get(0).ongoing());
        assertFalse(outages.get(1).ongoing());
        assertEquals(3600, outages.get(1).durationSeconds());
        assertEquals("1-2", outages.get(1).station());
        assertEquals(CameraRole.BALLOT_BOX, outages.get(0).camera());
    }

    @Test
    void everyCameraNeedsItsUptime() {
        assertThrows(IllegalArgumentException.class,
                () -> new UptimeBreakdown(NOON, List.of(OVERVIEW_1_1), Map.of()));
    }
}
