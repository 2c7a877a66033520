package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.entity.PortalSummary;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.registry.entity.RegionSummary;

/**
 * The home page: the election, its phase with the schedule and a countdown to the next phase, the live counters and
 * the ways to find a station.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Broadcasts broadcasts;

    @Inject
    StationDirectory directory;

    private Optional<ElectionStatus> election;
    private PortalSummary summary;
    private StationDirectory.RegistryCounts counts;
    private List<RegionSummary> regions;

    public ElectionStatus getElection() {
        if (election == null) {
            election = broadcasts.election();
        }
        return election.orElse(null);
    }

    /** When the current phase ends, in epoch milliseconds for the countdown; null once the election is closed. */
    public Long getNextPhaseAt() {
        ElectionStatus status = getElection();
        if (status == null) {
            return null;
        }
        LocalDateTime next = switch (status.phase()) {
            case PREPARATION -> status.votingOpens();
            case VOTING -> status.votingCloses();
            case COUNTING -> status.countingEnds();
            case TABULATION -> status.tabulationEnds();
            case CLOSED -> null;
        };
        return next == null ? null : next.atZone(ZoneId.of(status.timeZone())).toInstant().toEpochMilli();
    }

    public boolean isBroadcasting() {
        ElectionStatus status = getElection();
        return status != null && status.phase().isBroadcast();
    }

    public ElectionPhase getPhase() {
        ElectionStatus status = getElection();
        return status == null ? null : status.phase();
    }

    public PortalSummary getSummary() {
        if (summary == null) {
            summary = broadcasts.summary();
        }
        return summary;
    }

    public StationDirectory.RegistryCounts getCounts() {
        if (counts == null) {
            counts = directory.counts();
        }
        return counts;
    }

    public List<RegionSummary> getRegions() {
        if (regions == null) {
            regions = directory.regions();
        }
        return regions;
    }
}
