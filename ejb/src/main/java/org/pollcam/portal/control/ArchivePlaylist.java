package org.pollcam.portal.control;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pollcam.media.publish.archive.ArchivedSegment;

/**
 * An HLS VOD playlist of archived segments: every segment with its wall-clock start
 * ({@code #EXT-X-PROGRAM-DATE-TIME}), so a player knows what time it shows, and {@code #EXT-X-ENDLIST}, so it plays
 * the range as a recording rather than waiting for more. Where a segment does not begin where the previous one ended
 * (the camera was offline, or its publisher restarted and timestamps start over) a {@code #EXT-X-DISCONTINUITY} tells
 * the player to expect new timestamps.
 */
public final class ArchivePlaylist {

    /** A gap or overlap below this is rounding in the index (milliseconds), not a break in the footage. */
    static final Duration CONTIGUOUS = Duration.ofMillis(100);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ArchivePlaylist() {
    }

    /** The playlist of {@code segments} (in time order, at least one), each addressed by {@code uri}. */
    public static String of(List<ArchivedSegment> segments, Function<ArchivedSegment, String> uri) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a playlist needs at least one segment");
        }
        long target = segments.stream().mapToLong(s -> (s.duration().toMillis() + 999) / 1000).max().orElse(1);
        StringBuilder m3u8 = new StringBuilder(128 + 120 * segments.size())
                .append("#EXTM3U\n")
                .append("#EXT-X-VERSION:3\n")
                .append("#EXT-X-PLAYLIST-TYPE:VOD\n")
                .append("#EXT-X-TARGETDURATION:").append(Math.max(1, target)).append('\n')
                .append("#EXT-X-MEDIA-SEQUENCE:0\n")
                .append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        ArchivedSegment previous = null;
        for (ArchivedSegment segment : segments) {
            if (previous != null
                    && Duration.between(previous.end(), segment.start()).abs().compareTo(CONTIGUOUS) > 0) {
                m3u8.append("#EXT-X-DISCONTINUITY\n");
            }
            m3u8.append("#EXT-X-PROGRAM-DATE-TIME:").append(DATE_TIME.format(segment.start())).append('\n')
                    .append("#EXTINF:").append(String.format(Locale.ROOT, "%.3f", segment.duration().toMillis()
                            / 1000.0)).append(",\n")
                    .append(uri.apply(segment)).append('\n');
            previous = segment;
        }
        return m3u8.append("#EXT-X-ENDLIST\n").toString();
    }
}
