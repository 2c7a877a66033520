package org.pollcam.media.publish;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlsPublisherTest {

    static final int W = 320, H = 240, FPS = 15;
    static final double SECONDS = 6;
    static final PrivacyMask LEFT_THIRD = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 1 / 3.0, 1));

    @TempDir
    static Path shared;
    static Path source;

    @TempDir
    Path media;

    @BeforeAll
    static void source() throws Exception {
        source = TestVideos.transportStream(shared.resolve("source.ts"), W, H, FPS, SECONDS);
    }

    static HlsPublisher publish(Publication publication) throws Exception {
        HlsPublisher publisher = new HlsPublisher(publication);
        publisher.start();
        assertTrue(publisher.awaitEnd(Duration.ofSeconds(30)), "the file source ends");
        assertNull(publisher.lastError());
        return publisher;
    }

    static Publication publication(String camera, Path media, PrivacyMask mask) {
        return Publication.of(camera, source.toString(), media, mask).withSegments(Duration.ofSeconds(1), 20);
    }

    @Test
    void remuxCopiesTheCamerasH264PacketsIntoSegments() throws Exception {
        HlsPublisher publisher = publish(publication("cam-1", media, PrivacyMask.NONE));
        assertEquals(PublishMode.REMUX, publisher.stats().mode());
        assertEquals(0, publisher.stats().frames(), "nothing decoded or encoded");

        Path playlist = media.resolve("cam-1").resolve(Publication.PLAYLIST);
        List<String> lines = Files.readAllLines(playlist);
        assertTrue(lines.contains("#EXT-X-ENDLIST"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#EXT-X-PROGRAM-DATE-TIME:")));
        List<LivePlaylist.Entry> entries = LivePlaylist.read(playlist);
        double total = entries.stream().mapToDouble(e -> e.duration().toMillis() / 1000.0).sum();
        assertEquals(SECONDS, total, 1.0, "total duration within one segment");
        assertTrue(entries.stream().allMatch(e -> e.uri().contains("-r-")));

        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(playlist.toFile())) {
            grabber.start();
            assertEquals(AV_CODEC_ID_H264, grabber.getVideoCodec());
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            assertEquals(SECONDS * FPS, frames, FPS);
        }

        List<Integer> published = new ArrayList<>();
        for (LivePlaylist.Entry e : entries) {
            published.addAll(packetSizes(media.resolve("cam-1").resolve(e.uri())));
        }
        assertEquals(packetSizes(source), published, "same packets: copied, not transcoded");
    }

    @Test
    void maskedCameraPublishesOnlyMaskedPicturesAlsoAfterARemuxRun() throws Exception {
        // the camera was on air without a mask; its mask is added and the publisher restarted
        publish(publication("cam-2", media, PrivacyMask.NONE));
        HlsPublisher publisher = publish(publication("cam-2", media, LEFT_THIRD));
        assertEquals(PublishMode.MASKED, publisher.stats().mode());

        Path dir = media.resolve("cam-2");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ts")).toList();
            assertFalse(names.isEmpty());
            assertTrue(names.stream().allMatch(n -> n.contains("-m-")), "no remuxed segment left: " + names);
        }
        assertTrue(LivePlaylist.read(dir.resolve(Publication.PLAYLIST)).stream().allMatch(e -> e.uri().contains("-m-")));

        int fillY = LEFT_THIRD.fillYuv()[0];
        int frames = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(dir.resolve(Publication.PLAYLIST).toFile())) {
            grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
            grabber.start();
            assertEquals(AV_CODEC_ID_H264, grabber.getVideoCodec());
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                frames++;
                ByteBuffer y = (ByteBuffer) frame.image[0];
                int min = 255, max = 0;
                for (int row = 0; row < H; row++) {
                    for (int x = 0; x < W / 3 - 8; x++) {
                        int v = y.get(row * W + x) & 0xFF;
                        assertTrue(Math.abs(v - fillY) <= 8, "masked pixel " + x + "," + row + " = " + v);
                    }
                    for (int x = W / 3 + 8; x < W; x += 3) {
                        int v = y.get(row * W + x) & 0xFF;
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                assertTrue(max - min > 60, "the rest of the picture is visible");
            }
        }
        assertEquals(SECONDS * FPS, frames, FPS);
    }

    @Test
    void snapshotOfAMaskedCameraIsMasked() throws Exception {
        Frame frame;
        byte[] jpeg;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.start();
            frame = grabber.grabImage();
            jpeg = Snapshots.maskedJpeg(frame, LEFT_THIRD, 320);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
        int min = 255, max = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luma = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (x < 320 / 3 - 4) {
                    assertTrue(luma <= 10, "masked snapshot pixel " + x + "," + y + " = " + luma);
                } else if (x > 320 / 3 + 4) {
                    min = Math.min(min, luma);
                    max = Math.max(max, luma);
                }
            }
        }
        assertTrue(max - min > 60);
    }

    @Test
    void restartsAfterStop() throws Exception {
        HlsPublisher publisher = new HlsPublisher(publication("cam-3", media, PrivacyMask.NONE));
        publisher.start();
        publisher.stop();
        assertFalse(publisher.isRunning());
        publisher.start();
        assertTrue(publisher.awaitEnd(Duration.ofSeconds(30)));
        assertNull(publisher.lastError());
        assertTrue(Files.readAllLines(media.resolve("cam-3").resolve(Publication.PLAYLIST)).contains("#EXT-X-ENDLIST"));
    }

    static List<Integer> packetSizes(Path file) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            AVPacket p;
            while ((p = grabber.grabPacket()) != null) {
                sizes.add(p.size());
            }
        }
        return sizes;
    }
}
