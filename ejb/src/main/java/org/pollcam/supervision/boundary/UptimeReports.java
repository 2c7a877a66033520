package org.pollcam.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pollcam.registry.boundary.ElectionCalendar;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.entity.BroadcastCamera;
import org.pollcam.security.Roles;
import org.pollcam.supervision.control.TimelineMarks;
import org.pollcam.supervision.control.UptimeBreakdown;
import org.pollcam.supervision.control.UptimeLedger;
import org.pollcam.supervision.control.UptimeSettings;
import org.pollcam.supervision.entity.BroadcastDay;
import org.pollcam.supervision.entity.CameraUptime;
import org.pollcam.supervision.entity.PublicUptime;
import org.pollcam.supervision.entity.TimelineMark;
import org.pollcam.supervision.entity.UptimeReport;

/**
 * How much of an election day's voting and counting each broadcast camera was ONLINE, rolled up to stations,
 * constituencies, regions and the country, with every outage and its cause (rules in {@link UptimeLedger}). The full
 * report is the control center's; the public gets the figures per region and constituency and the outages with
 * their cause state, never their reasons.
 * Made on request from the timeline, as of now while the day runs.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class UptimeReports {

    @Inject
    ElectionCalendar calendar;

    @Inject
    TimelineMarks timeline;

    @Inject
    UptimeSettings settings;

    /** @param electionId null for the current election */
    public Optional<UptimeReport> report(Long electionId) {
        return election(electionId).map(election -> {
            Accounted day = account(election);
            UptimeBreakdown breakdown = day.breakdown();
            return new UptimeReport(election.id(), election.name(), election.electionDay(), election.timeZone(),
                    day.day().votingOpens(), day.day().votingCloses(), day.day().countingEnds(), day.day().asOf(),
                    settings.maxSilence().toSeconds(), breakdown.country(), breakdown.regions(),
                    breakdown.constituencies(), breakdown.stations(), breakdown.cameras(), breakdown.outages());
        });
    }

    /**
     * For the public: the report's figures per country, region and constituency and its outages, without anything
     * staff-only (see {@link PublicUptime}). Computed like {@link #report(Long)}, so both always agree; callers that
     * serve a crowd keep the answer for a while (the portal's {@code PublicUptimes}).
     *
     * @param electionId null for the current election
     */
    @PermitAll
    public Optional<PublicUptime> publicUptime(Long electionId) {
        return report(electionId).map(PublicUptime::of);
    }

    private Optional<ElectionStatus> election(Long electionId) {
        return electionId == null ? calendar.current() : calendar.election(electionId);
    }

    private Accounted account(ElectionStatus election) {
        BroadcastDay day = BroadcastDay.of(ZoneId.of(election.timeZone()), election.votingOpens(),
                election.votingCloses(), election.countingEnds(), Instant.now());
        List<BroadcastCamera> cameras = calendar.broadcastCameras(election.id());
        List<Long> cameraIds = cameras.stream().map(BroadcastCamera::cameraId).toList();
        UptimeLedger ledger = new UptimeLedger(day, settings.maxSilence());
        try (Stream<TimelineMark> marks = timeline.between(cameraIds, ledger.lookbackStart(), ledger.reportEnd())) {
            Map<Long, CameraUptime> uptimes = ledger.account(cameraIds, marks.iterator(), timeline::lastStateBefore);
            return new Accounted(day, cameras, uptimes);
        }
    }

    private record Accounted(BroadcastDay day, List<BroadcastCamera> cameras, Map<Long, CameraUptime> uptimes) {
        UptimeBreakdown breakdown() {
            return new UptimeBreakdown(day, cameras, uptimes);
        }
    }
}
