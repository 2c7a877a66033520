package org.pollcam.media.publish.archive;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcam.media.publish.HlsPublisher;
import org.pollcam.media.publish.PrivacyMask;
import org.pollcam.media.publish.Publication;
import org.pollcam.media.publish.TestVideos;

class ArchiveClipsTest {

    @TempDir
    Path work;

    @Test
    void publishedSegmentsAreArchivedAndCutIntoAClip() throws Exception {
        Path source = TestVideos.transportStream(work.resolve("source.ts"), 320, 240, 15, 6);
        SegmentArchive archive = new SegmentArchive(work.resolve("archive"), ZoneOffset.UTC, Clock.systemUTC());
        PrivacyMask mask = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 0.25, 0.5));
        HlsPublisher publisher = new HlsPublisher(Publication.of("cam-7", source.toString(), work.resolve("media"), mask)
                .withSegments(Duration.ofSeconds(1), 3).withArchive(archive));
        Instant before = Instant.now().minusSeconds(1);
        publisher.start();
        assertTrue(publisher.awaitEnd(Duration.ofSeconds(30)));
        assertNull(publisher.lastError());

        List<ArchivedSegment> all = archive.segments("cam-7", before, Instant.now().plusSeconds(60));
        assertEquals(6, all.size(), "every segment archived, also those that left the 3-segment playlist");
        assertEquals(publisher.stats().archived(), all.size());
        for (ArchivedSegment s : all) {
            assertEquals(archive.hourDirectory("cam-7", s.start()), s.file().getParent());
            assertTrue(s.file().getFileName().toString().contains("-m-"), "a masked camera archives masked segments");
            assertTrue(Files.exists(s.file().resolveSibling(SegmentArchive.INDEX)));
        }

        Instant t0 = all.get(0).start();
        Path clipFile = work.resolve("clip.mp4");
        Optional<ArchiveClips.Clip> clip = new ArchiveClips(archive)
                .cut("cam-7", t0.plusMillis(1500), t0.plusMillis(4000), clipFile);
        assertTrue(clip.isPresent());
        assertEquals(t0.plusSeconds(1), clip.get().start(), "snapped to the segment (keyframe) before the range");
        assertEquals(2.5, clip.get().duration().toMillis() / 1000.0, 0.5);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clipFile.toFile())) {
            grabber.start();
            assertEquals("mov,mp4,m4a,3gp,3g2,mj2", grabber.getFormat());
            assertEquals(AV_CODEC_ID_H264, grabber.getVideoCodec());
            assertEquals(3.0, grabber.getLengthInTime() / 1e6, 0.5);
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            assertEquals(45, frames, 8);
        }
        assertTrue(new ArchiveClips(archive).cut("cam-7", t0.minusSeconds(3600), t0.minusSeconds(3000),
                work.resolve("none.mp4")).isEmpty());
    }
}
