package org.pollcam.portal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pollcam.media.publish.archive.ArchivedSegment;
import org.pollcam.portal.control.AirQueries;
import org.pollcam.portal.control.AirQueries.CameraRow;
import org.pollcam.portal.control.ArchivePlaylist;
import org.pollcam.portal.control.FootageArchive;
import org.pollcam.portal.control.ReplayWindow;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.portal.entity.Replay;
import org.pollcam.registry.boundary.ElectionCalendar;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.entity.ElectionSchedule;

/**
 * The election-day footage for the public: a camera's archived segments from a chosen moment as an HLS VOD
 * playlist, offered only for moments the broadcast rules had the station on air (see {@link ReplayWindow}), and
 * the retention that deletes footage once its period is over. Anonymous, like the live broadcast; a playlist names
 * archived segments under {@code /media/archive}, never a camera's stream address.
 */
@Stateless
@PermitAll
public class ElectionArchive {

    private static final Logger LOG = Logger.getLogger(ElectionArchive.class.getName());

    @Inject
    ElectionCalendar calendar;

    @Inject
    AirQueries queries;

    @Inject
    FootageArchive archive;

    /** The hours of a station's footage the public may ask for, in the election's zone. */
    public record ReplayHours(Instant from, Instant until, ZoneId zone) {
    }

    /**
     * From when to when the station's footage may be asked for now: the election's voting and counting, cut to the
     * retention period, the signing of its protocol and now. Empty when the station is not broadcast (or there is no
     * election, or voting has not begun).
     */
    public Optional<ReplayHours> hours(long stationId) {
        Optional<ElectionStatus> found = calendar.current();
        if (found.isEmpty() || !queries.broadcasts(found.get().id(), stationId)) {
            return Optional.empty();
        }
        ElectionStatus election = found.get();
        ZoneId zone = ZoneId.of(election.timeZone());
        Instant now = Instant.now();
        Instant signed = queries.protocolSigned(election.id(), stationId).orElse(null);
        ReplayWindow.Window day = ReplayWindow.window(schedule(election), zone, signed,
                election.votingOpens().atZone(zone).toInstant(), now);
        Instant from = latest(day.onAirFrom(), archive.retention().cutoff(now, FootageArchive.ZONE));
        Instant until = day.onAirUntil().isBefore(now) ? day.onAirUntil() : now;
        return from.isBefore(until) ? Optional.of(new ReplayHours(from, until, zone)) : Optional.empty();
    }

    /** The camera's footage from {@code from}: up to {@link ReplayWindow#LONGEST}, or why there is none. */
    public Replay replay(long cameraId, Instant from) {
        Optional<CameraRow> camera = queries.camera(cameraId);
        if (camera.isEmpty()) {
            return new Replay.Refused(Replay.Reason.UNKNOWN_CAMERA, null);
        }
        Optional<ElectionStatus> found = calendar.current();
        if (found.isEmpty()) {
            return new Replay.Refused(Replay.Reason.NOT_OFFERED, OffAir.NO_ELECTION);
        }
        ElectionStatus election = found.get();
        long stationId = camera.get().stationId();
        ZoneId zone = ZoneId.of(election.timeZone());
        ElectionSchedule schedule = schedule(election);
        Instant signed = queries.protocolSigned(election.id(), stationId).orElse(null);
        Instant now = Instant.now();
        Replay.Refused refused = ReplayWindow.refusal(schedule, zone, queries.broadcasts(election.id(), stationId),
                signed, camera.get().enabled(), from, archive.retention().cutoff(now, FootageArchive.ZONE));
        if (refused != null) {
            return refused;
        }
        ReplayWindow.Window window = ReplayWindow.window(schedule, zone, signed, from, now);
        if (!window.from().isBefore(window.to())) {
            return new Replay.Refused(Replay.Reason.NOTHING_ARCHIVED, null);
        }
        List<ArchivedSegment> offered = ReplayWindow.offered(window,
                archive.segments(cameraId, window.from(), window.to()));
        if (offered.isEmpty()) {
            return new Replay.Refused(Replay.Reason.NOTHING_ARCHIVED, null);
        }
        return new Replay.Playable(ArchivePlaylist.of(offered, archive::sitePath), window.from(), window.to(),
                offered.get(0).start(), window.closed());
    }

    /** Deletes footage past its retention period; every ten minutes, so the archive never holds much more. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void applyRetention() {
        int deleted = archive.applyRetention(Instant.now());
        if (deleted > 0) {
            LOG.info(() -> "retention deleted " + deleted + " archived segments older than " + archive.retention());
        }
    }

    private static ElectionSchedule schedule(ElectionStatus election) {
        return new ElectionSchedule(election.votingOpens(), election.votingCloses(), election.countingEnds(),
                election.tabulationEnds());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
