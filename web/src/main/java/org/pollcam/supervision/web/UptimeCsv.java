package org.pollcam.supervision.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pollcam.supervision.entity.OutageRow;
import org.pollcam.supervision.entity.UptimeReport;
import org.pollcam.supervision.entity.UptimeRow;
import org.pollcam.supervision.entity.UptimeShare;

/**
 * The uptime report as CSV, one table at a time: shares as numbers with a dot (0–100), times as ISO date-times with
 * the election's offset, so a spreadsheet reads them whatever the reader's language.
 */
final class UptimeCsv {

    /** Which table of the report. */
    enum Table {
        REGIONS, CONSTITUENCIES, STATIONS, CAMERAS, OUTAGES
    }

    private static final String FIGURES = "cameras,voting_online_seconds,voting_seconds,voting_percent,"
            + "counting_online_seconds,counting_seconds,counting_percent,outages";

    private UptimeCsv() {
    }

    static String write(UptimeReport report, Table table) {
        StringBuilder csv = new StringBuilder(1 << 16);
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of(report.timeZone()));
        switch (table) {
            case REGIONS -> rows(csv, "region_id,region", report.regions(), row -> List.of(row.region()));
            case CONSTITUENCIES -> rows(csv, "constituency_id,region,constituency", report.constituencies(),
                    row -> List.of(row.region(), row.constituency()));
            case STATIONS -> rows(csv, "station_id,region,constituency,station,address", report.stations(),
                    row -> List.of(row.region(), row.constituency(), row.station(), row.address()));
            case CAMERAS -> rows(csv, "camera_id,region,constituency,station,address,camera", report.cameras(),
                    row -> List.of(row.region(), row.constituency(), row.station(), row.address(),
                            row.camera().name()));
            case OUTAGES -> {
                csv.append("camera_id,region,constituency,station,camera,start,end,duration_seconds,cause,reason,"
                        + "ongoing\n");
                for (OutageRow outage : report.outages()) {
                    csv.append(outage.cameraId());
                    for (String value : List.of(outage.region(), outage.constituency(), outage.station(),
                            outage.camera().name(), time.format(outage.start()), time.format(outage.end()))) {
                        csv.append(',').append(quoted(value));
                    }
                    csv.append(',').append(outage.durationSeconds()).append(',').append(outage.cause())
                            .append(',').append(quoted(outage.reason())).append(',').append(outage.ongoing())
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String header, List<UptimeRow> rows,
                             java.util.function.Function<UptimeRow, List<String>> names) {
        csv.append(header).append(',').append(FIGURES).append('\n');
        for (UptimeRow row : rows) {
            csv.append(row.id());
            names.apply(row).forEach(name -> csv.append(',').append(quoted(name)));
            var figures = row.figures();
            csv.append(',').append(figures.cameras());
            share(csv, figures.voting());
            share(csv, figures.counting());
            csv.append(',').append(figures.outages()).append('\n');
        }
    }

    private static void share(StringBuilder csv, UptimeShare share) {
        csv.append(',').append(share.onlineMillis() / 1000).append(',').append(share.observedMillis() / 1000)
                .append(',').append(share.percent() == null ? "" : String.format(Locale.ROOT, "%.2f",
                        share.percent()));
    }

    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[,\"\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
