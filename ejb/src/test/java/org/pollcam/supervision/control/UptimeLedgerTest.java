package org.pollcam.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.supervision.entity.BroadcastDay;
import org.pollcam.supervision.entity.CameraUptime;
import org.pollcam.supervision.entity.Outage;
import org.pollcam.supervision.entity.OutageCause;
import org.pollcam.supervision.entity.TimelineMark;

/**
 * How much of election day a camera was on air: voting 08:00–19:00 and counting 19:00–23:00 in Baku, the prober
 * restating the state every minute, three minutes of silence allowed.
 */
class UptimeLedgerTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    private static final LocalDate DAY = LocalDate.of(2024, 2, 7);
    private static final Duration MAX_SILENCE = Duration.ofMinutes(3);
    private static final long CAMERA = 7;
    private static final Duration VOTING = Duration.ofHours(11);
    private static final Duration COUNTING = Duration.ofHours(4);

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(BAKU).toInstant();
    }

    private static BroadcastDay dayAsOf(Instant asOf) {
        return BroadcastDay.of(BAKU, DAY.atTime(8, 0), DAY.atTime(19, 0), DAY.atTime(23, 0), asOf);
    }

    private static final BroadcastDay WHOLE_DAY = dayAsOf(at("23:30"));

    /** A timeline written as the prober writes it: the state every minute from {@code from} until {@code to}. */
    private static final class Timeline {
        private final List<TimelineMark> marks = new ArrayList<>();
        private long sequence;

        Timeline checks(String from, String to, StreamHealth state, String reason) {
            for (Instant t = at(from); t.isBefore(at(to)); t = t.plus(Duration.ofMinutes(1))) {
                marks.add(new TimelineMark(CAMERA, t, ++sequence, state, reason));
            }
            return this;
        }

        Timeline heartbeats(String from, String to) {
            return checks(from, to, null, null);
        }

        Timeline mark(String time, StreamHealth state, String reason) {
            marks.add(new TimelineMark(CAMERA, at(time), ++sequence, state, reason));
            return this;
        }

        List<TimelineMark> marks() {
            return marks;
        }
    }

    private static CameraUptime account(BroadcastDay day, Timeline timeline) {
        return new UptimeLedger(day, MAX_SILENCE).account(CAMERA, timeline.marks(), UptimeLedger.OpeningStates.NONE);
    }

    private static long minutes(long millis) {
        return Duration.ofMillis(millis).toMinutes();
    }

    @Test
    void aCameraOnlineAllDayIsOnAirAllVotingAndCountingTime() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline().checks("07:55", "23:30", StreamHealth.ONLINE, null));

        assertEquals(VOTING.toMillis(), uptime.voting().onlineMillis());
        assertEquals(VOTING.toMillis(), uptime.voting().observedMillis());
        assertEquals(100.0, uptime.voting().percent());
        assertEquals(100.0, uptime.counting().percent());
        assertEquals(List.of(), uptime.outages());
    }

    @Test
    void anOutageDuringVotingIsListedWithItsCauseAndTakenOffTheVotingShare() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:55", "10:00", StreamHealth.ONLINE, null)
                .checks("10:00", "10:15", StreamHealth.OFFLINE, "connection refused")
                .checks("10:15", "23:30", StreamHealth.ONLINE, null));

        assertEquals(List.of(new Outage(CAMERA, at("10:00"), at("10:15"), OutageCause.OFFLINE, "connection refused")),
                uptime.outages());
        assertEquals(VOTING.minusMinutes(15).toMillis(), uptime.voting().onlineMillis());
        assertEquals(Math.round((11 * 60 - 15) * 10_000.0 / (11 * 60)) / 100.0, uptime.voting().percent());
        assertEquals(100.0, uptime.counting().percent());
    }

    @Test
    void anOutageAcrossTheCloseOfPollsIsOneOutageSharedBetweenVotingAndCounting() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:55", "18:50", StreamHealth.ONLINE, null)
                .checks("18:50", "19:20", StreamHealth.FROZEN, "picture unchanged for 30 s")
                .checks("19:20", "23:30", StreamHealth.ONLINE, null));

        assertEquals(List.of(new Outage(CAMERA, at("18:50"), at("19:20"), OutageCause.FROZEN,
                "picture unchanged for 30 s")), uptime.outages());
        assertEquals(11 * 60 - 10, minutes(uptime.voting().onlineMillis()));
        assertEquals(4 * 60 - 20, minutes(uptime.counting().onlineMillis()));
        assertEquals(Duration.ofMinutes(30), uptime.outages().get(0).duration());
    }

    @Test
    void entriesCountInTheOrderTheyHappenedNotTheOrderTheyArrived() {
        Timeline timeline = new Timeline()
                .checks("07:55", "09:00", StreamHealth.ONLINE, null)
                .checks("09:00", "09:05", StreamHealth.BLACK, "mean luma 3 < 28")
                .checks("09:05", "23:30", StreamHealth.ONLINE, null);
        CameraUptime inOrder = account(WHOLE_DAY, timeline);

        List<TimelineMark> shuffled = new ArrayList<>(timeline.marks());
        Collections.shuffle(shuffled, new Random(4));
        CameraUptime late = new UptimeLedger(WHOLE_DAY, MAX_SILENCE)
                .account(CAMERA, shuffled, UptimeLedger.OpeningStates.NONE);

        assertEquals(inOrder, late);
        assertEquals(1, late.outages().size());
        assertEquals(Duration.ofMinutes(5), late.outages().get(0).duration());
    }

    @Test
    void entriesAtTheSameSourceTimeAreOrderedBySequence() {
        Instant recovery = at("12:00");
        List<TimelineMark> marks = new ArrayList<>(new Timeline()
                .checks("07:55", "12:00", StreamHealth.ONLINE, null)
                .checks("12:01", "23:30", StreamHealth.ONLINE, null).marks());
        // The encoder said COVERED, then (same millisecond, next sequence) ONLINE again; they arrive reversed.
        marks.add(new TimelineMark(CAMERA, recovery, 1_000_001, StreamHealth.ONLINE, null));
        marks.add(new TimelineMark(CAMERA, recovery, 1_000_000, StreamHealth.COVERED, "uniform picture"));

        CameraUptime uptime = new UptimeLedger(WHOLE_DAY, MAX_SILENCE)
                .account(CAMERA, marks, UptimeLedger.OpeningStates.NONE);

        assertEquals(List.of(), uptime.outages());
        assertEquals(100.0, uptime.voting().percent());
    }

    @Test
    void silenceLongerThanAllowedIsNoDataFromTheLastEntryPlusTheAllowedSilence() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:55", "12:01", StreamHealth.ONLINE, null)
                .checks("13:00", "23:30", StreamHealth.ONLINE, null));

        Outage silence = uptime.outages().get(0);
        assertEquals(1, uptime.outages().size());
        assertEquals(OutageCause.NO_DATA, silence.cause());
        assertEquals(at("12:03"), silence.start(), "the last check at 12:00 vouches for three minutes");
        assertEquals(at("13:00"), silence.end());
        assertTrue(silence.reason().contains("since"), silence.reason());
        assertEquals(11 * 60 - 57, minutes(uptime.voting().onlineMillis()));
    }

    @Test
    void silenceWithinTheAllowanceKeepsTheCameraOnAir() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:55", "12:01", StreamHealth.ONLINE, null)
                .checks("12:03", "23:30", StreamHealth.ONLINE, null));

        assertEquals(List.of(), uptime.outages());
    }

    @Test
    void heartbeatsKeepTheLastStateAlive() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .mark("07:59", StreamHealth.ONLINE, null)
                .heartbeats("08:00", "15:00")
                .mark("15:00", StreamHealth.DEGRADED, "3.1 fps < 5 fps")
                .heartbeats("15:01", "23:30"));

        assertEquals(List.of(new Outage(CAMERA, at("15:00"), at("23:00"), OutageCause.DEGRADED, "3.1 fps < 5 fps")),
                uptime.outages(), "DEGRADED is not ONLINE");
        assertEquals(7 * 60, minutes(uptime.voting().onlineMillis()));
        assertEquals(0, uptime.counting().onlineMillis());
        assertEquals(0.0, uptime.counting().percent());
    }

    @Test
    void aCameraNeverHeardIsOneNoDataOutageOverTheWholeBroadcast() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline());

        assertEquals(List.of(new Outage(CAMERA, at("08:00"), at("23:00"), OutageCause.NO_DATA, "nothing received")),
                uptime.outages());
        assertEquals(0.0, uptime.voting().percent());
        assertEquals(0.0, uptime.counting().percent());
    }

    @Test
    void onlyHeartbeatsWithoutAnyKnownStateAreNoData() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline().heartbeats("07:58", "23:30"));

        assertEquals(1, uptime.outages().size());
        assertEquals(OutageCause.NO_DATA, uptime.outages().get(0).cause());
        assertEquals("no state received", uptime.outages().get(0).reason());
    }

    @Test
    void aFirstHeartbeatTakesTheStateFromBeforeTheLookback() {
        Timeline timeline = new Timeline().heartbeats("07:57", "23:30");
        List<Instant> asked = new ArrayList<>();
        UptimeLedger.OpeningStates openings = (camera, moment) -> {
            asked.add(moment);
            return Optional.of(new TimelineMark(camera, at("06:00"), 0, StreamHealth.ONLINE, null));
        };

        CameraUptime uptime = new UptimeLedger(WHOLE_DAY, MAX_SILENCE).account(CAMERA, timeline.marks(), openings);

        assertEquals(List.of(at("07:57")), asked);
        assertEquals(100.0, uptime.voting().percent());
        assertEquals(100.0, uptime.counting().percent());
    }

    @Test
    void aFirstStateBearingEntryNeedsNoOpeningState() {
        UptimeLedger.OpeningStates refuse = (camera, moment) -> {
            throw new AssertionError("asked for the state before " + moment);
        };
        new UptimeLedger(WHOLE_DAY, MAX_SILENCE).account(CAMERA,
                new Timeline().checks("07:57", "23:30", StreamHealth.ONLINE, null).marks(), refuse);
    }

    @Test
    void aReportDuringTheDayCoversTheTimeSoFarAndCutsTheOngoingOutageAtNow() {
        Instant noon = at("12:00");
        CameraUptime uptime = account(dayAsOf(noon), new Timeline()
                .checks("07:55", "11:00", StreamHealth.ONLINE, null)
                .checks("11:00", "12:00", StreamHealth.MOVED, "scene differs from reference by 0.7")
                .checks("12:00", "14:00", StreamHealth.ONLINE, null));

        assertEquals(Duration.ofHours(4).toMillis(), uptime.voting().observedMillis());
        assertEquals(Duration.ofHours(3).toMillis(), uptime.voting().onlineMillis());
        assertEquals(75.0, uptime.voting().percent());
        assertEquals(0, uptime.counting().observedMillis());
        assertNull(uptime.counting().percent(), "no counting time has passed");
        assertEquals(List.of(new Outage(CAMERA, at("11:00"), noon, OutageCause.MOVED,
                "scene differs from reference by 0.7")), uptime.outages());
    }

    @Test
    void aReportBeforeThePollsOpenCoversNothing() {
        CameraUptime uptime = account(dayAsOf(at("07:00")), new Timeline()
                .checks("06:00", "07:00", StreamHealth.OFFLINE, "no route"));

        assertNull(uptime.voting().percent());
        assertNull(uptime.counting().percent());
        assertEquals(List.of(), uptime.outages());
    }

    @Test
    void anOutageThroughSeveralFaultsIsOneOutageNamedAfterTheLongest() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:55", "10:00", StreamHealth.ONLINE, null)
                .checks("10:00", "10:02", StreamHealth.OFFLINE, "connection refused")
                .checks("10:02", "10:30", StreamHealth.BLACK, "mean luma 2 < 28")
                .checks("10:30", "10:35", StreamHealth.OFFLINE, "read timed out")
                .checks("10:35", "23:30", StreamHealth.ONLINE, null));

        assertEquals(List.of(new Outage(CAMERA, at("10:00"), at("10:35"), OutageCause.BLACK, "mean luma 2 < 28")),
                uptime.outages());
    }

    @Test
    void aCameraOffAirBeforeThePollsOpenHasItsOutageFromTheOpening() {
        CameraUptime uptime = account(WHOLE_DAY, new Timeline()
                .checks("07:00", "08:30", StreamHealth.COVERED, "uniform picture")
                .checks("08:30", "23:30", StreamHealth.ONLINE, null));

        assertEquals(List.of(new Outage(CAMERA, at("08:00"), at("08:30"), OutageCause.COVERED, "uniform picture")),
                uptime.outages());
    }

    @Test
    void camerasAreAccountedFromOneStreamGroupedByCameraInTheCallersOrder() {
        List<TimelineMark> stream = new ArrayList<>();
        for (Instant t = at("07:58"); t.isBefore(at("23:30")); t = t.plus(Duration.ofMinutes(1))) {
            stream.add(new TimelineMark(1, t, 0, StreamHealth.ONLINE, null));
        }
        for (Instant t = at("07:58"); t.isBefore(at("15:30")); t = t.plus(Duration.ofMinutes(1))) {
            stream.add(new TimelineMark(2, t, 0, StreamHealth.ONLINE, null));
        }

        Map<Long, CameraUptime> uptimes = new UptimeLedger(WHOLE_DAY, MAX_SILENCE)
                .account(List.of(3L, 2L, 1L), stream.iterator(), UptimeLedger.OpeningStates.NONE);

        assertEquals(List.of(3L, 2L, 1L), List.copyOf(uptimes.keySet()));
        assertEquals(100.0, uptimes.get(1L).voting().percent());
        assertEquals(at("15:32"), uptimes.get(2L).outages().get(0).start());
        assertEquals(0.0, uptimes.get(3L).voting().percent(), "never heard");
    }

    @Test
    void aCameraWhoseEntriesAreNotTogetherIsRefused() {
        List<TimelineMark> stream = List.of(new TimelineMark(1, at("09:00"), 1, StreamHealth.ONLINE, null),
                new TimelineMark(2, at("09:00"), 1, StreamHealth.ONLINE, null),
                new TimelineMark(1, at("09:01"), 2, StreamHealth.ONLINE, null));

        assertThrows(IllegalArgumentException.class, () -> new UptimeLedger(WHOLE_DAY, MAX_SILENCE)
                .account(List.of(1L, 2L), stream.iterator(), UptimeLedger.OpeningStates.NONE));
    }

    @Test
    void thePollsOpenAtEightInBakuWhichIsFourUtc() {
        assertEquals(Instant.parse("2024-02-07T04:00:00Z"), WHOLE_DAY.votingOpens());
        assertEquals(Instant.parse("2024-02-07T03:57:00Z"),
                new UptimeLedger(WHOLE_DAY, MAX_SILENCE).lookbackStart());
    }
}
