package org.pollcam.media.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;

/** The segments listed in a live HLS media playlist, with their wall-clock start from #EXT-X-PROGRAM-DATE-TIME. */
public final class LivePlaylist {

    /** One listed segment; {@code start} is null when the playlist has no program date time. */
    public record Entry(String uri, Instant start, Duration duration) {
    }

    // FFmpeg writes e.g. 2026-12-03T17:50:00.123+0000; other writers use +00:00 or Z
    private static final DateTimeFormatter PDT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private LivePlaylist() {
    }

    /** The entries of the playlist, empty when it does not exist (yet). */
    public static List<Entry> read(Path playlist) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(playlist);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return parse(lines);
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Instant next = null;
        Duration duration = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                next = OffsetDateTime.parse(line.substring(25), PDT).toInstant();
            } else if (line.startsWith("#EXTINF:")) {
                String value = line.substring(8);
                int comma = value.indexOf(',');
                double seconds = Double.parseDouble(comma < 0 ? value : value.substring(0, comma));
                duration = Duration.ofNanos(Math.round(seconds * 1e9));
            } else if (!line.isEmpty() && !line.startsWith("#") && duration != null) {
                entries.add(new Entry(line, next, duration));
                next = next == null ? null : next.plus(duration);
                duration = null;
            }
        }
        return entries;
    }
}
