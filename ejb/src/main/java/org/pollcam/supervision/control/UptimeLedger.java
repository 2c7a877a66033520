package org.pollcam.supervision.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.supervision.entity.BroadcastDay;
import org.pollcam.supervision.entity.CameraUptime;
import org.pollcam.supervision.entity.Outage;
import org.pollcam.supervision.entity.OutageCause;
import org.pollcam.supervision.entity.TimelineMark;
import org.pollcam.supervision.entity.UptimeShare;

/**
 * Accounts for every moment of an election day's broadcast, camera by camera, from the camera's timeline:
 * <ul>
 * <li>The camera's state at a moment is the state of its latest state-bearing entry at or before it, ordered by
 * source time, then sequence: when an entry arrived does not matter.</li>
 * <li>Silence counts against the camera. Every entry, heartbeats included, says the camera was heard; once nothing
 * has been heard for longer than the allowed silence, the time from the last entry plus that silence until the next
 * entry is {@link OutageCause#NO_DATA}, never ONLINE. So is time before anything was heard, or before any state was
 * known.</li>
 * <li>Only ONLINE counts as on air; DEGRADED and the faults are outages with their cause.</li>
 * </ul>
 * Pure and single-pass per camera: the caller streams entries ordered by camera (as the database index delivers
 * them); only one camera's entries are held at a time. Entries from {@link #lookbackStart()} on are enough to know
 * who was heard when the polls opened; the state then may be older, and is asked for through {@link OpeningStates}
 * only when a camera's first entry is a heartbeat.
 */
public final class UptimeLedger {

    private final BroadcastDay day;
    private final Duration maxSilence;

    /** The latest state-bearing entry of a camera strictly before the given moment. */
    @FunctionalInterface
    public interface OpeningStates {
        Optional<TimelineMark> before(long cameraId, Instant moment);

        OpeningStates NONE = (cameraId, moment) -> Optional.empty();
    }

    public UptimeLedger(BroadcastDay day, Duration maxSilence) {
        if (maxSilence.isNegative() || maxSilence.isZero()) {
            throw new IllegalArgumentException("the allowed silence must be positive");
        }
        this.day = Objects.requireNonNull(day);
        this.maxSilence = maxSilence;
    }

    /** Entries before this moment cannot make a camera heard in the report. */
    public Instant lookbackStart() {
        return day.votingOpens().minus(maxSilence);
    }

    /** The end of the time the report covers (exclusive): later entries change nothing. */
    public Instant reportEnd() {
        return day.whole().end();
    }

    /**
     * Every camera's uptime, in the order of {@code cameraIds}; a camera without entries was never heard.
     *
     * @param marks entries of these cameras from {@link #lookbackStart()} to {@link #reportEnd()}, grouped by camera
     *              (a camera's entries together, in any order among themselves)
     */
    public Map<Long, CameraUptime> account(Collection<Long> cameraIds, Iterator<TimelineMark> marks,
                                           OpeningStates openings) {
        Map<Long, CameraUptime> accounted = new LinkedHashMap<>();
        List<TimelineMark> camera = new ArrayList<>();
        while (marks.hasNext()) {
            TimelineMark mark = marks.next();
            if (!camera.isEmpty() && camera.get(0).cameraId() != mark.cameraId()) {
                put(accounted, account(camera.get(0).cameraId(), camera, openings));
                camera.clear();
            }
            camera.add(mark);
        }
        if (!camera.isEmpty()) {
            put(accounted, account(camera.get(0).cameraId(), camera, openings));
        }
        Map<Long, CameraUptime> ordered = new LinkedHashMap<>();
        for (long cameraId : cameraIds) {
            CameraUptime uptime = accounted.get(cameraId);
            ordered.put(cameraId, uptime != null ? uptime : account(cameraId, List.of(), openings));
        }
        return ordered;
    }

    private static void put(Map<Long, CameraUptime> accounted, CameraUptime uptime) {
        if (accounted.putIfAbsent(uptime.cameraId(), uptime) != null) {
            throw new IllegalArgumentException("the entries of camera " + uptime.cameraId() + " are not together");
        }
    }

    /** One camera's uptime from its entries, in any order. */
    public CameraUptime account(long cameraId, List<TimelineMark> marks, OpeningStates openings) {
        List<TimelineMark> ordered = new ArrayList<>(marks.size() + 1);
        for (TimelineMark mark : marks) {
            if (mark.cameraId() != cameraId) {
                throw new IllegalArgumentException("an entry of camera " + mark.cameraId() + " for " + cameraId);
            }
            if (mark.sourceTime().isBefore(reportEnd())) {
                ordered.add(mark);
            }
        }
        ordered.sort(TimelineMark.SOURCE_ORDER);
        if (!ordered.isEmpty() && !ordered.get(0).bearsState()) {
            openings.before(cameraId, ordered.get(0).sourceTime()).ifPresent(opening -> ordered.add(0, opening));
        }
        Walk walk = new Walk(cameraId);
        for (TimelineMark mark : ordered) {
            walk.until(mark.sourceTime());
            walk.hear(mark);
        }
        walk.until(reportEnd());
        return walk.result();
    }

    /** Walks one camera's timeline through the broadcast, handing each stretch of one condition to the tally. */
    private final class Walk {
        private final Tally tally;
        private Instant cursor = day.votingOpens();
        private Instant heard;
        private StreamHealth state;
        private String reason;

        Walk(long cameraId) {
            tally = new Tally(cameraId);
        }

        void hear(TimelineMark mark) {
            heard = mark.sourceTime();
            if (mark.bearsState()) {
                state = mark.state();
                reason = mark.reason();
            }
        }

        /** Accounts for {@code [cursor, moment)} as the camera was last heard. */
        void until(Instant moment) {
            if (!moment.isAfter(cursor)) {
                return;
            }
            if (heard == null) {
                tally.add(cursor, moment, OutageCause.NO_DATA, "nothing received");
            } else {
                Instant silentFrom = heard.plus(maxSilence);
                if (silentFrom.isAfter(cursor)) {
                    Instant end = silentFrom.isBefore(moment) ? silentFrom : moment;
                    if (state == null) {
                        tally.add(cursor, end, OutageCause.NO_DATA, "no state received");
                    } else if (state == StreamHealth.ONLINE) {
                        tally.online(cursor, end);
                    } else {
                        tally.add(cursor, end, OutageCause.of(state), reason);
                    }
                }
                if (silentFrom.isBefore(moment)) {
                    tally.add(silentFrom.isAfter(cursor) ? silentFrom : cursor, moment, OutageCause.NO_DATA,
                            "nothing received since " + heard);
                }
            }
            cursor = moment;
        }

        CameraUptime result() {
            return tally.result();
        }
    }

    /** Sums ONLINE time per window and joins adjacent off-air stretches into outages, cut to the windows. */
    private final class Tally {
        private final long cameraId;
        private final BroadcastDay.Span[] windows = {day.voting(), day.counting()};
        private final Duration[] online = {Duration.ZERO, Duration.ZERO};
        private final List<Outage> outages = new ArrayList<>();
        private Instant outageStart;
        private Instant outageEnd;
        private final Map<OutageCause, Duration> causeTimes = new LinkedHashMap<>();
        private final Map<OutageCause, String> causeReasons = new LinkedHashMap<>();

        Tally(long cameraId) {
            this.cameraId = cameraId;
        }

        void online(Instant from, Instant to) {
            for (int i = 0; i < windows.length; i++) {
                Instant start = later(from, windows[i].start());
                Instant end = earlier(to, windows[i].end());
                if (start.isBefore(end)) {
                    online[i] = online[i].plus(Duration.between(start, end));
                    closeOutage();
                }
            }
        }

        void add(Instant from, Instant to, OutageCause cause, String why) {
            for (BroadcastDay.Span window : windows) {
                Instant start = later(from, window.start());
                Instant end = earlier(to, window.end());
                if (!start.isBefore(end)) {
                    continue;
                }
                if (outageEnd != null && !outageEnd.equals(start)) {
                    closeOutage();
                }
                if (outageStart == null) {
                    outageStart = start;
                }
                outageEnd = end;
                causeTimes.merge(cause, Duration.between(start, end), Duration::plus);
                causeReasons.putIfAbsent(cause, why);
            }
        }

        private void closeOutage() {
            if (outageStart == null) {
                return;
            }
            OutageCause main = null;
            for (var entry : causeTimes.entrySet()) {
                if (main == null || entry.getValue().compareTo(causeTimes.get(main)) > 0) {
                    main = entry.getKey();
                }
            }
            outages.add(new Outage(cameraId, outageStart, outageEnd, main, causeReasons.get(main)));
            outageStart = null;
            outageEnd = null;
            causeTimes.clear();
            causeReasons.clear();
        }

        CameraUptime result() {
            closeOutage();
            return new CameraUptime(cameraId, UptimeShare.of(online[0], windows[0].length()),
                    UptimeShare.of(online[1], windows[1].length()), outages);
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static Instant earlier(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
