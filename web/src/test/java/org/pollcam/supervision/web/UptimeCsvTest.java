package org.pollcam.supervision.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.supervision.entity.OutageCause;
import org.pollcam.supervision.entity.OutageRow;
import org.pollcam.supervision.entity.UptimeFigures;
import org.pollcam.supervision.entity.UptimeReport;
import org.pollcam.supervision.entity.UptimeRow;
import org.pollcam.supervision.entity.UptimeShare;

/** The uptime tables as a spreadsheet reads them. */
class UptimeCsvTest {

    private static final Instant OPENS = Instant.parse("2024-02-07T04:00:00Z");

    private static final UptimeFigures FIGURES = new UptimeFigures(2,
            UptimeShare.of(Duration.ofMinutes(90), Duration.ofHours(2)), UptimeShare.NONE,
            UptimeShare.of(Duration.ofMinutes(90), Duration.ofHours(2)), 1, Map.of(OutageCause.OFFLINE, 1));

    private static final UptimeReport REPORT = new UptimeReport(1, "Presidential election 2024",
            LocalDate.of(2024, 2, 7), "Asia/Baku", OPENS, OPENS.plus(Duration.ofHours(11)),
            OPENS.plus(Duration.ofHours(15)), OPENS.plus(Duration.ofHours(1)), 180, FIGURES, List.of(), List.of(),
            List.of(new UptimeRow(5, "Baku", "No. 1 Binagadi I", "1-17", "School No. 12, 3 Nizami street", null,
                    FIGURES)),
            List.of(),
            List.of(new OutageRow(9, "Baku", "No. 1 Binagadi I", "1-17", CameraRole.OVERVIEW, OPENS,
                    OPENS.plusSeconds(300), 300, OutageCause.OFFLINE, "=HYPERLINK(\"x\")", false)));

    @Test
    void aStationLineHasItsPlaceAndSharesInSecondsAndPercent() {
        assertEquals("""
                station_id,region,constituency,station,address,cameras,voting_online_seconds,voting_seconds,\
                voting_percent,counting_online_seconds,counting_seconds,counting_percent,outages
                5,Baku,No. 1 Binagadi I,1-17,"School No. 12, 3 Nizami street",2,5400,7200,75.00,0,0,,1
                """, UptimeCsv.write(REPORT, UptimeCsv.Table.STATIONS));
    }

    @Test
    void outageTimesCarryTheElectionsOffsetAndFormulasAreDisarmed() {
        assertEquals("""
                camera_id,region,constituency,station,camera,start,end,duration_seconds,cause,reason,ongoing
                9,Baku,No. 1 Binagadi I,1-17,OVERVIEW,2024-02-07T08:00:00+04:00,2024-02-07T08:05:00+04:00,300,\
                OFFLINE,"'=HYPERLINK(""x"")",false
                """, UptimeCsv.write(REPORT, UptimeCsv.Table.OUTAGES));
    }
}
