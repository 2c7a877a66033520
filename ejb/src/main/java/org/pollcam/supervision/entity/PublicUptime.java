package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may see of an election day's uptime: shares and outage counts by cause for the country, its
 * regions and constituencies. Nothing per station or camera, and no reasons.
 */
public record PublicUptime(long electionId, String election, LocalDate electionDay, Instant votingOpens,
                           Instant votingCloses, Instant countingEnds, Instant asOf, UptimeFigures country,
                           List<UptimeRow> regions, List<UptimeRow> constituencies) implements Serializable {
}
