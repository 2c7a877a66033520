package org.pollcam.supervision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcam.registry.entity.CameraRole;

/** The public projection keeps the report's figures and outages and drops whatever is for staff only. */
class PublicUptimeTest {

    private static final Instant OPENS = Instant.parse("2026-12-07T04:00:00Z");
    private static final Instant NOON = OPENS.plus(Duration.ofHours(4));
    private static final UptimeFigures FIGURES = new UptimeFigures(2,
            UptimeShare.of(Duration.ofHours(6), Duration.ofHours(8)), UptimeShare.NONE,
            UptimeShare.of(Duration.ofHours(6), Duration.ofHours(8)), 1, Map.of(OutageCause.FROZEN, 1));
    private static final String REASON = "difference 0.4 < 4 over 12 s at rtsp://10.1.0.5/overview";

    private static UptimeReport report(Instant asOf) {
        UptimeRow region = new UptimeRow(1, "Baku", null, null, null, null, FIGURES);
        UptimeRow constituency = new UptimeRow(11, "Baku", "No. 1 Binagadi I", null, null, null, FIGURES);
        UptimeRow station = new UptimeRow(101, "Baku", "No. 1 Binagadi I", "1-1", "School No. 12", null, FIGURES);
        UptimeRow camera = new UptimeRow(1001, "Baku", "No. 1 Binagadi I", "1-1", "School No. 12",
                CameraRole.OVERVIEW, FIGURES);
        OutageRow outage = new OutageRow(1001, "Baku", "No. 1 Binagadi I", "1-1", CameraRole.OVERVIEW,
                OPENS.plus(Duration.ofHours(1)), OPENS.plus(Duration.ofHours(3)), 7200, OutageCause.FROZEN, REASON,
                false);
        return new UptimeReport(5, "Parliament 2026", LocalDate.parse("2026-12-07"), "Asia/Baku", OPENS,
                OPENS.plus(Duration.ofHours(11)), OPENS.plus(Duration.ofHours(15)), asOf, 180, FIGURES,
                List.of(region), List.of(constituency), List.of(station), List.of(camera), List.of(outage));
    }

    @Test
    void theFiguresAreTheReportsFigures() {
        PublicUptime uptime = PublicUptime.of(report(NOON));
        assertEquals(5, uptime.electionId());
        assertEquals("Asia/Baku", uptime.timeZone());
        assertEquals(NOON, uptime.asOf());
        assertEquals(FIGURES, uptime.country());
        assertEquals(FIGURES, uptime.regions().get(0).figures());
        assertEquals("Baku", uptime.regions().get(0).region());
        assertEquals("No. 1 Binagadi I", uptime.constituencies().get(0).constituency());
        assertEquals(FIGURES, uptime.constituencies().get(0).figures());
    }

    @Test
    void anOutageKeepsStationRoleTimesAndCauseButNotItsReason() {
        PublicOutage outage = PublicUptime.of(report(NOON)).outages().get(0);
        assertEquals(new PublicOutage("Baku", "No. 1 Binagadi I", "1-1", CameraRole.OVERVIEW,
                OPENS.plus(Duration.ofHours(1)), OPENS.plus(Duration.ofHours(3)), 7200, OutageCause.FROZEN, false),
                outage);
        assertFalse(outage.toString().contains("rtsp"), outage.toString());
        assertFalse(PublicUptime.of(report(NOON)).toString().contains(REASON));
    }

    @Test
    void rowsCarryNoAddressAndNoStationOrCamera() {
        PublicUptime uptime = PublicUptime.of(report(NOON));
        for (UptimeRow row : List.of(uptime.regions().get(0), uptime.constituencies().get(0))) {
            assertNull(row.station());
            assertNull(row.address());
            assertNull(row.camera());
        }
        assertFalse(uptime.toString().contains("School No. 12"), "no address anywhere");
    }

    @Test
    void theFiguresStartWhenThePollsOpen() {
        assertTrue(PublicUptime.of(report(NOON)).started());
        assertFalse(PublicUptime.of(report(OPENS)).started());
        assertFalse(PublicUptime.of(report(OPENS.minus(Duration.ofHours(2)))).started());
    }
}
