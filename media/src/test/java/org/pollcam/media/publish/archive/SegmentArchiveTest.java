package org.pollcam.media.publish.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentArchiveTest {

    static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    @TempDir
    Path root;
    @TempDir
    Path live;

    Path segment(String name) throws Exception {
        return Files.write(live.resolve(name), new byte[188]);
    }

    @Test
    void storesByLocalDateAndHourWithAnIndex() throws Exception {
        SegmentArchive archive = new SegmentArchive(root, BAKU, Clock.systemUTC());
        Instant start = Instant.parse("2026-12-03T10:59:59Z"); // 14:59:59 in Baku
        archive.store("cam-1", segment("a-00001.ts"), start, Duration.ofSeconds(2));
        archive.store("cam-1", segment("a-00002.ts"), start.plusSeconds(2), Duration.ofSeconds(2));

        Path h14 = root.resolve("cam-1/2026-12-03/14");
        Path h15 = root.resolve("cam-1/2026-12-03/15");
        assertTrue(Files.exists(h14.resolve("20261203T145959.000-a-00001.ts")));
        assertTrue(Files.exists(h15.resolve("20261203T150001.000-a-00002.ts")));
        assertEquals(List.of("2026-12-03T10:59:59Z\t2000\t20261203T145959.000-a-00001.ts"),
                Files.readAllLines(h14.resolve(SegmentArchive.INDEX)));

        List<ArchivedSegment> found = archive.segments("cam-1", start.plusSeconds(1), start.plusSeconds(3));
        assertEquals(2, found.size());
        assertEquals(start, found.get(0).start());
        assertEquals(1, archive.segments("cam-1", start.plusSeconds(3), start.plusSeconds(60)).size());
    }

    @Test
    void retentionDeletesWhatEndedBeforeTheCutoff() throws Exception {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        SegmentArchive archive = new SegmentArchive(root, ZoneOffset.UTC, Clock.fixed(now, ZoneOffset.UTC));
        archive.store("cam-1", segment("old.ts"), now.minus(Duration.ofHours(30)), Duration.ofSeconds(2));
        archive.store("cam-1", segment("edge1.ts"), now.minus(Duration.ofMinutes(170)), Duration.ofSeconds(2));
        archive.store("cam-1", segment("edge2.ts"), now.minus(Duration.ofMinutes(130)), Duration.ofSeconds(2));
        archive.store("cam-2", segment("new.ts"), now.minusSeconds(10), Duration.ofSeconds(2));

        assertEquals(2, archive.deleteOlderThan(Duration.ofMinutes(150)));

        assertFalse(Files.exists(root.resolve("cam-1/2026-12-02")), "the old day is gone");
        Path hour = root.resolve("cam-1/2026-12-03/09");
        assertEquals(1, Files.readAllLines(hour.resolve(SegmentArchive.INDEX)).size());
        assertTrue(Files.exists(hour.resolve("20261203T095000.000-edge2.ts")));
        assertEquals(1, archive.segments("cam-2", now.minusSeconds(60), now).size());
        assertEquals(0, archive.deleteOlderThan(Duration.ofMinutes(150)));
    }
}
