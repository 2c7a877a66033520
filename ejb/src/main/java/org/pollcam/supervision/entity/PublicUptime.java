package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may see of an election day's uptime: the same figures as the control center's report for the
 * country, its regions and constituencies, and every outage with its station, camera role, times and cause state.
 * Nothing the report holds for staff only: no reasons (the probe's evidence), no station addresses, no camera ids,
 * no per-station or per-camera tables. Being a projection of {@link UptimeReport}, its figures cannot drift from the
 * report's.
 */
public record PublicUptime(long electionId, String election, LocalDate electionDay, String timeZone,
                           Instant votingOpens, Instant votingCloses, Instant countingEnds, Instant asOf,
                           long maxSilenceSeconds, UptimeFigures country, List<UptimeRow> regions,
                           List<UptimeRow> constituencies, List<PublicOutage> outages) implements Serializable {

    public PublicUptime {
        regions = List.copyOf(regions);
        constituencies = List.copyOf(constituencies);
        outages = List.copyOf(outages);
    }

    /** The public part of the report; rows keep only their region and constituency names. */
    public static PublicUptime of(UptimeReport report) {
        return new PublicUptime(report.electionId(), report.election(), report.electionDay(), report.timeZone(),
                report.votingOpens(), report.votingCloses(), report.countingEnds(), report.asOf(),
                report.maxSilenceSeconds(), report.country(), named(report.regions()),
                named(report.constituencies()), report.outages().stream().map(PublicOutage::of).toList());
    }

    /** True once the polls have opened: before that no time was observed and there is nothing to show. */
    public boolean started() {
        return asOf.isAfter(votingOpens);
    }

    private static List<UptimeRow> named(List<UptimeRow> rows) {
        return rows.stream().map(row -> new UptimeRow(row.id(), row.region(), row.constituency(), null, null, null,
                row.figures())).toList();
    }
}
