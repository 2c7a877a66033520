package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The control center's uptime report of an election day: the country, every region, constituency, station and
 * camera, and every outage. Times are instants; {@code timeZone} is the election's, to show them in.
 */
public record UptimeReport(long electionId, String election, LocalDate electionDay, String timeZone,
                           Instant votingOpens, Instant votingCloses, Instant countingEnds, Instant asOf,
                           long maxSilenceSeconds, UptimeFigures country, List<UptimeRow> regions,
                           List<UptimeRow> constituencies, List<UptimeRow> stations, List<UptimeRow> cameras,
                           List<OutageRow> outages) implements Serializable {
}
