package org.pollcam.portal.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.pollcam.media.publish.archive.ArchivedSegment;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.portal.entity.Replay;
import org.pollcam.registry.entity.ElectionSchedule;

/**
 * Which archived footage the public may replay from a chosen moment: only what the broadcast rules ({@link AirRules})
 * put on air at that moment, judged as they were then: the election's phase at that time (voting or counting), the
 * station broadcast, its protocol not yet signed, the camera switched on. From there the range runs for at most
 * {@link #LONGEST}, and never past the end of the counting, the signing of the protocol or now; a segment that
 * reaches beyond such an end is left out, so not a frame after the broadcast ended is offered. Footage older than
 * the retention period is gone.
 */
public final class ReplayWindow {

    /** The longest range one playlist covers; the page asks again for later footage. */
    public static final Duration LONGEST = Duration.ofHours(1);
    /** A range that ended this long ago has all its segments archived (a segment is archived when it is closed). */
    static final Duration SETTLED = Duration.ofSeconds(30);

    /** The range to list, or why there is none. */
    public record Window(Instant from, Instant to, Instant onAirFrom, Instant onAirUntil, boolean closed) {
    }

    private ReplayWindow() {
    }

    /**
     * The window from {@code from}, or the refusal. {@code protocolSigned} is null while the station's protocol is not
     * signed; {@code retainedSince} is the oldest moment the archive still keeps.
     */
    public static Replay.Refused refusal(ElectionSchedule schedule, ZoneId zone, boolean stationBroadcast,
                                         Instant protocolSigned, boolean enabled, Instant from,
                                         Instant retainedSince) {
        if (from.isBefore(retainedSince)) {
            return new Replay.Refused(Replay.Reason.EXPIRED, null);
        }
        OffAir offAir = AirRules.judge(schedule == null ? null : schedule.phaseAt(from.atZone(zone).toLocalDateTime()),
                stationBroadcast, protocolSigned != null && !from.isBefore(protocolSigned), enabled, null);
        return offAir == null ? null : new Replay.Refused(Replay.Reason.NOT_OFFERED, offAir);
    }

    /** The window of a moment that {@link #refusal} accepted. */
    public static Window window(ElectionSchedule schedule, ZoneId zone, Instant protocolSigned, Instant from,
                                Instant now) {
        Instant onAirFrom = schedule.getVotingOpens().atZone(zone).toInstant();
        Instant onAirUntil = schedule.getCountingEnds().atZone(zone).toInstant();
        if (protocolSigned != null && protocolSigned.isBefore(onAirUntil)) {
            onAirUntil = protocolSigned;
        }
        Instant end = min(from.plus(LONGEST), onAirUntil);
        boolean closed = !end.plus(SETTLED).isAfter(now);
        return new Window(from, closed ? end : min(end, now), onAirFrom, onAirUntil, closed);
    }

    /** The segments of {@code found} (overlapping the window) that lie wholly in the broadcast. */
    public static List<ArchivedSegment> offered(Window window, List<ArchivedSegment> found) {
        return found.stream()
                .filter(s -> !s.start().isBefore(window.onAirFrom()) && !s.end().isAfter(window.onAirUntil()))
                .toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
