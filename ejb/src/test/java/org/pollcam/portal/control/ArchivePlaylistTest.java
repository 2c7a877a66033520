package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcam.media.publish.archive.ArchivedSegment;

class ArchivePlaylistTest {

    private static ArchivedSegment segment(String start, long millis, String name) {
        return new ArchivedSegment(Path.of("/archive/12/2026-12-07/10/" + name), Instant.parse(start),
                Duration.ofMillis(millis));
    }

    private static String uri(ArchivedSegment segment) {
        return "/media/archive/12/2026-12-07/10/" + segment.file().getFileName();
    }

    @Test
    void aVodPlaylistWithTheWallClockStartOfEverySegment() {
        String playlist = ArchivePlaylist.of(List.of(segment("2026-12-07T06:00:00.120Z", 2000, "a.ts"),
                segment("2026-12-07T06:00:02.120Z", 2000, "b.ts")), ArchivePlaylistTest::uri);

        assertEquals("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-PLAYLIST-TYPE:VOD
                #EXT-X-TARGETDURATION:2
                #EXT-X-MEDIA-SEQUENCE:0
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-PROGRAM-DATE-TIME:2026-12-07T06:00:00.120Z
                #EXTINF:2.000,
                /media/archive/12/2026-12-07/10/a.ts
                #EXT-X-PROGRAM-DATE-TIME:2026-12-07T06:00:02.120Z
                #EXTINF:2.000,
                /media/archive/12/2026-12-07/10/b.ts
                #EXT-X-ENDLIST
                """, playlist);
    }

    @Test
    void aGapInTheFootageIsADiscontinuityAndTheTargetDurationCoversTheLongestSegment() {
        String playlist = ArchivePlaylist.of(List.of(segment("2026-12-07T06:00:00Z", 2000, "a.ts"),
                segment("2026-12-07T06:00:02.050Z", 2000, "b.ts"), segment("2026-12-07T06:05:00Z", 2400, "c.ts")),
                ArchivePlaylistTest::uri);

        assertEquals(1, playlist.split("#EXT-X-DISCONTINUITY", -1).length - 1, playlist);
        assertEquals(playlist.indexOf("#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:2026-12-07T06:05:00.000Z"),
                playlist.indexOf("#EXT-X-DISCONTINUITY"), "before the segment after the gap");
        assertEquals(true, playlist.contains("#EXT-X-TARGETDURATION:3\n"), playlist);
        assertEquals(true, playlist.contains("#EXTINF:2.400,\n/media/archive/12/2026-12-07/10/c.ts\n"), playlist);
    }

    @Test
    void thereIsNoEmptyPlaylist() {
        assertThrows(IllegalArgumentException.class, () -> ArchivePlaylist.of(List.of(), ArchivePlaylistTest::uri));
    }
}
