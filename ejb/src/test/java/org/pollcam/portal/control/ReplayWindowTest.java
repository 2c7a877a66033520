package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcam.media.publish.archive.ArchivedSegment;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.portal.entity.Replay;
import org.pollcam.registry.entity.ElectionSchedule;

class ReplayWindowTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    /** Voting 08:00–19:00, counting to 23:00 Baku time (UTC+4). */
    private final ElectionSchedule day = ElectionSchedule.statutory(LocalDate.of(2026, 12, 7));
    private final Instant kept = Instant.parse("2026-01-01T00:00:00Z");

    private static Instant baku(String time) {
        return java.time.LocalDateTime.parse("2026-12-07T" + time).atZone(BAKU).toInstant();
    }

    private Replay.Refused refusal(Instant from, boolean broadcast, Instant signed, boolean enabled) {
        return ReplayWindow.refusal(day, BAKU, broadcast, signed, enabled, from, kept);
    }

    @Test
    void footageIsOfferedFromVotingToTheEndOfTheCountOnly() {
        assertNull(refusal(baku("08:00:00"), true, null, true));
        assertNull(refusal(baku("22:59:59"), true, null, true));
        assertEquals(new Replay.Refused(Replay.Reason.NOT_OFFERED, OffAir.OUTSIDE_BROADCAST_HOURS),
                refusal(baku("07:59:59"), true, null, true));
        assertEquals(new Replay.Refused(Replay.Reason.NOT_OFFERED, OffAir.OUTSIDE_BROADCAST_HOURS),
                refusal(baku("23:00:00"), true, null, true));
    }

    @Test
    void aStationNotBroadcastOrSignedOffersNothingFromThen() {
        assertEquals(OffAir.NOT_BROADCAST, refusal(baku("10:00:00"), false, null, true).offAir());
        Instant signed = baku("20:30:00");
        assertNull(refusal(baku("20:29:59"), true, signed, true));
        assertEquals(OffAir.PROTOCOL_SIGNED, refusal(baku("20:30:00"), true, signed, true).offAir());
        assertEquals(OffAir.DISABLED, refusal(baku("10:00:00"), true, null, false).offAir());
        assertEquals(OffAir.NO_ELECTION, ReplayWindow.refusal(null, BAKU, true, null, true, baku("10:00:00"), kept)
                .offAir());
    }

    @Test
    void footageOlderThanTheRetentionIsGone() {
        assertEquals(new Replay.Refused(Replay.Reason.EXPIRED, null),
                ReplayWindow.refusal(day, BAKU, true, null, true, baku("10:00:00"), baku("10:00:01")));
    }

    @Test
    void aPastHourIsClosedAndTheCurrentOneRunsToNow() {
        Instant now = baku("15:00:00");
        ReplayWindow.Window past = ReplayWindow.window(day, BAKU, null, baku("10:00:00"), now);
        assertEquals(baku("11:00:00"), past.to());
        assertTrue(past.closed());

        ReplayWindow.Window recent = ReplayWindow.window(day, BAKU, null, baku("14:30:00"), now);
        assertEquals(now, recent.to());
        assertFalse(recent.closed(), "segments still join it");
    }

    @Test
    void theRangeEndsWithTheCountOrTheProtocolAndNoSegmentReachesPastIt() {
        Instant signed = baku("19:30:00");
        ReplayWindow.Window window = ReplayWindow.window(day, BAKU, signed, baku("19:00:00"), baku("23:30:00"));
        assertEquals(signed, window.to());
        assertTrue(window.closed());
        ArchivedSegment before = segment(baku("19:29:56"));
        ArchivedSegment across = segment(baku("19:29:59"));
        assertEquals(List.of(before), ReplayWindow.offered(window, List.of(before, across)));

        ReplayWindow.Window last = ReplayWindow.window(day, BAKU, null, baku("22:30:00"), baku("23:30:00"));
        assertEquals(baku("23:00:00"), last.to());
    }

    private static ArchivedSegment segment(Instant start) {
        return new ArchivedSegment(Path.of("x.ts"), start, Duration.ofSeconds(2));
    }
}
