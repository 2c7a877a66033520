package org.pollcam.media.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivePlaylistTest {

    @Test
    void readsStartsFromProgramDateTimeAndDurations() {
        List<LivePlaylist.Entry> entries = LivePlaylist.parse(List.of("#EXTM3U", "#EXT-X-VERSION:6",
                "#EXT-X-TARGETDURATION:2", "#EXT-X-MEDIA-SEQUENCE:4",
                "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T17:50:00.120+0400", "#EXTINF:2.000000,", "a-00004.ts",
                "#EXTINF:1.500000,", "a-00005.ts", "#EXT-X-ENDLIST"));
        assertEquals(2, entries.size());
        assertEquals(Instant.parse("2026-12-03T13:50:00.120Z"), entries.get(0).start());
        assertEquals(Instant.parse("2026-12-03T13:50:02.120Z"), entries.get(1).start());
        assertEquals(Duration.ofMillis(1500), entries.get(1).duration());
        assertEquals("a-00005.ts", entries.get(1).uri());
    }
}
