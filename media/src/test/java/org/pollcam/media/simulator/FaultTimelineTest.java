package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultTimelineTest {

    private static List<String> lines(FaultTimeline timeline, long current) {
        return timeline.playlist(current, 5, 2).orElseThrow().lines().toList();
    }

    @Test
    void aLivePlaylistSlidesWithTheSegmentBeingRecorded() {
        FaultTimeline timeline = new FaultTimeline();
        List<String> playlist = lines(timeline, 100);
        assertTrue(playlist.contains("#EXT-X-MEDIA-SEQUENCE:95"));
        assertEquals("99.ts", playlist.get(playlist.size() - 1));
        assertEquals(5, playlist.stream().filter(l -> l.startsWith("#EXTINF:2.000")).count());
        assertTrue(lines(timeline, 101).contains("#EXT-X-MEDIA-SEQUENCE:96"));
        assertFalse(String.join("\n", playlist).contains("#EXT-X-ENDLIST"));
    }

    @Test
    void aFaultShowsFromTheSegmentBeingRecordedBehindADiscontinuity() {
        FaultTimeline timeline = new FaultTimeline();
        timeline.set(100, Fault.BLACK);
        assertEquals(Picture.NORMAL, timeline.pictureAt(99));
        assertEquals(Picture.BLACK, timeline.pictureAt(100));
        List<String> playlist = lines(timeline, 102);
        int discontinuity = playlist.indexOf("#EXT-X-DISCONTINUITY");
        assertEquals("100.ts", playlist.get(discontinuity + 2));
        assertTrue(lines(timeline, 106).contains("#EXT-X-DISCONTINUITY-SEQUENCE:1"));
        assertFalse(lines(timeline, 106).contains("#EXT-X-DISCONTINUITY"));
    }

    @Test
    void anOfflineCameraHasNoPlaylistAndComesBackWithOnlyNewSegments() {
        FaultTimeline timeline = new FaultTimeline();
        timeline.set(100, Fault.OFFLINE);
        assertTrue(timeline.playlist(100, 5, 2).isEmpty());
        assertFalse(timeline.onAir(101));
        timeline.set(103, null);
        assertTrue(timeline.playlist(103, 5, 2).isEmpty(), "nothing published yet after recovery");
        List<String> playlist = lines(timeline, 104);
        assertTrue(playlist.contains("#EXT-X-MEDIA-SEQUENCE:103"));
        assertEquals(1, playlist.stream().filter(l -> l.endsWith(".ts")).count());
    }

    @Test
    void aFlappingCameraGoesDownFirstThenAlternates() {
        FaultTimeline timeline = new FaultTimeline();
        timeline.set(10, Fault.FLAPPING);
        int span = FaultTimeline.FLAP_SEGMENTS;
        assertFalse(timeline.onAir(10));
        assertFalse(timeline.onAir(10 + span - 1));
        assertTrue(timeline.onAir(10 + span));
        assertFalse(timeline.onAir(10 + 2 * span));
        assertEquals(Picture.NORMAL, timeline.pictureAt(10 + span));
    }
}
