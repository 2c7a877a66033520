package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator as a viewer and a probe see it: real H.264 over HTTP on loopback, decoded with FFmpeg, faults judged
 * by their pixels. Waits poll the playlist with short timeouts; a fault shows in the segment whose number
 * {@code inject} returns, published at most one segment duration later.
 */
class CameraSimulatorTest {

    private static final String STREAMING = "1-1-overview";
    private static final String FAULTY = "1-1-ballot_box";
    private static final String OFFLINE = "2-1-overview";
    private static final Pattern SEGMENT = Pattern.compile("(?m)^(\\d+)\\.ts$");

    @TempDir
    static Path cache;
    private static CameraSimulator simulator;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Decoded frames of a stream: luma planes and timestamps (microseconds). */
    record Viewed(String codec, int width, int height, List<byte[]> luma, List<Long> timestamps) {

        double meanLuma(int frame) {
            long sum = 0;
            byte[] y = luma.get(frame);
            for (int i = 0; i < y.length; i += 7) {
                sum += y[i] & 0xFF;
            }
            return sum / (double) ((y.length + 6) / 7);
        }

        double lumaSpread(int frame) {
            double mean = meanLuma(frame);
            double sum = 0;
            byte[] y = luma.get(frame);
            for (int i = 0; i < y.length; i += 7) {
                sum += Math.pow((y[i] & 0xFF) - mean, 2);
            }
            return Math.sqrt(sum / ((y.length + 6) / 7));
        }

        /** Mean absolute difference between horizontal neighbours: how sharp the picture is. */
        double sharpness(int frame) {
            byte[] y = luma.get(frame);
            long sum = 0;
            int count = 0;
            for (int i = 0; i + 1 < y.length; i += 5) {
                if ((i + 1) % width != 0) {
                    sum += Math.abs((y[i] & 0xFF) - (y[i + 1] & 0xFF));
                    count++;
                }
            }
            return sum / (double) count;
        }

        static double difference(byte[] a, byte[] b) {
            long sum = 0;
            for (int i = 0; i < a.length; i += 3) {
                sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
            }
            return sum / (double) ((a.length + 2) / 3);
        }
    }

    @BeforeAll
    static void startSimulator() throws IOException {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        simulator = CameraSimulator.start(0, List.of(CameraName.parse(STREAMING), CameraName.parse(FAULTY),
                CameraName.parse(OFFLINE)), cache);
        simulator.prepare().join();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void theHlsPlaylistIsLiveAndItsSegmentsAreTwoSecondsOfH264() throws Exception {
        HttpResponse<String> response = get(simulator.playlistUri(STREAMING));
        assertEquals(200, response.statusCode());
        assertEquals("application/vnd.apple.mpegurl", response.headers().firstValue("Content-Type").orElseThrow());
        List<Long> segments = segments(response.body());
        assertEquals(CameraSimulator.WINDOW, segments.size());
        assertTrue(response.body().contains("#EXT-X-MEDIA-SEQUENCE:" + segments.get(0)));
        assertTrue(response.body().contains("#EXT-X-TARGETDURATION:2"));

        HttpResponse<byte[]> segment = http.send(request(segmentUri(STREAMING, segments.get(segments.size() - 1))),
                BodyHandlers.ofByteArray());
        assertEquals("video/mp2t", segment.headers().firstValue("Content-Type").orElseThrow());
        Viewed viewed = decode(segment.body());
        assertEquals("h264", viewed.codec());
        assertEquals(640, viewed.width());
        assertEquals(360, viewed.height());
        assertEquals(20, viewed.luma().size(), "2 s at 10 fps");
        long span = viewed.timestamps().get(19) - viewed.timestamps().get(0) + 100_000;
        assertEquals(2_000_000, span, 100_000);

        long last = segments.get(segments.size() - 1);
        await("the media sequence advances with wall time", 4_000,
                () -> segments(get(simulator.playlistUri(STREAMING)).body()).contains(last + 1));
    }

    @Test
    void theLiveTransportStreamRunsInRealTimeAcrossLoopWraps() throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(simulator.liveStreamUri(STREAMING).toString())) {
            grabber.setOption("analyzeduration", "500000");
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            long start = System.nanoTime();
            grabber.start();
            assertEquals("h264", grabber.getVideoCodecName());
            long previous = -1;
            int frames = 0;
            long first = -1;
            while (System.nanoTime() - start < 5_000_000_000L) {
                Frame frame = grabber.grabImage();
                assertTrue(frame != null, "the stream does not end");
                first = first < 0 ? frame.timestamp : first;
                assertTrue(frame.timestamp > previous, "timestamps increase: " + frame.timestamp + " after " + previous);
                previous = frame.timestamp;
                frames++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long streamed = previous - first;
            assertTrue(streamed > 4_000_000, "more than a 4 s loop went by: " + streamed);
            assertTrue(streamed < (seconds + 2.2) * 1e6, "paced in real time, at most a segment ahead: " + streamed);
            assertTrue(frames > 40, "frames: " + frames);
        }
    }

    @Test
    void blackCoveredAndBlurredPicturesLookSoAndRecover() throws Exception {
        Viewed usual = decode(publishedSegment(FAULTY, simulator.recover(FAULTY)));
        assertTrue(usual.lumaSpread(0) > 30, "the usual scene has contrast: " + usual.lumaSpread(0));

        Viewed black = decode(publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.BLACK)));
        assertTrue(black.meanLuma(5) < 20, "mean luma " + black.meanLuma(5));

        Viewed covered = decode(publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.COVERED)));
        assertTrue(covered.lumaSpread(5) < 3, "spread " + covered.lumaSpread(5));

        Viewed blurred = decode(publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.BLURRED)));
        assertTrue(blurred.sharpness(5) < usual.sharpness(5) / 3,
                "blurred " + blurred.sharpness(5) + " vs usual " + usual.sharpness(5));

        Viewed recovered = decode(publishedSegment(FAULTY, simulator.recover(FAULTY)));
        assertTrue(Viewed.difference(usual.luma().get(0), recovered.luma().get(0)) < 10, "back to the usual scene");
    }

    @Test
    void aMovedCameraShowsAnotherSceneAndAFrozenOneRepeatsItsPictureWhilePacketsFlow() throws Exception {
        Viewed usual = decode(publishedSegment(FAULTY, simulator.recover(FAULTY)));
        Viewed moved = decode(publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.MOVED)));
        double difference = Viewed.difference(usual.luma().get(0), moved.luma().get(0));
        assertTrue(difference > 40, "difference to the usual scene " + difference);
        assertTrue(moved.lumaSpread(0) > 20, "a real scene, not a covered lens");

        publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.FROZEN));
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(simulator.liveStreamUri(FAULTY).toString())) {
            grabber.setOption("analyzeduration", "500000");
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            grabber.start();
            byte[] previous = null;
            long previousTimestamp = -1;
            for (int i = 0; i < 25; i++) {
                Frame frame = grabber.grabImage();
                byte[] luma = luma(frame);
                assertTrue(frame.timestamp > previousTimestamp, "timestamps still increase");
                if (previous != null) {
                    assertTrue(Viewed.difference(previous, luma) < 1.0, "frame " + i + " repeats the one before");
                }
                previous = luma;
                previousTimestamp = frame.timestamp;
            }
        } finally {
            simulator.recover(FAULTY);
        }
    }

    @Test
    void lowFrameRateAndLowBitrateAreMeasurable() throws Exception {
        long from = simulator.inject(FAULTY, Fault.LOW_FPS);
        Viewed slow = decode(publishedSegment(FAULTY, from));
        assertEquals(4, slow.luma().size(), "2 fps over a 2 s segment");
        assertEquals(500_000, slow.timestamps().get(1) - slow.timestamps().get(0));

        byte[] thin = publishedSegment(FAULTY, simulator.inject(FAULTY, Fault.LOW_BITRATE));
        double bitsPerSecond = thin.length * 8 / 2.0;
        assertTrue(bitsPerSecond <= 60_000, "transport stream bitrate " + bitsPerSecond);
        assertEquals(20, decode(thin).luma().size(), "full frame rate still");
        simulator.recover(FAULTY);
    }

    @Test
    void anOfflineCameraRefusesThePlaylistAndStallsAnOpenStreamUntilItRecovers() throws Exception {
        simulator.recover(OFFLINE);
        HttpResponse<InputStream> live = http.send(request(simulator.liveStreamUri(OFFLINE)), BodyHandlers.ofInputStream());
        assertEquals("video/mp2t", live.headers().firstValue("Content-Type").orElseThrow());
        AtomicLong received = new AtomicLong();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = live.body()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    received.addAndGet(read);
                }
            } catch (IOException e) {
                // closed by the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await("the stream flows", 3_000, () -> received.get() > 10_000);

            simulator.inject(OFFLINE, Fault.OFFLINE);
            assertEquals(404, get(simulator.playlistUri(OFFLINE)).statusCode());
            Thread.sleep(300);
            long stalledAt = received.get();
            Thread.sleep(1_500);
            assertEquals(stalledAt, received.get(), "no bytes while offline, though the response is still open");
            assertTrue(reader.isAlive(), "the response stays open");

            simulator.recover(OFFLINE);
            await("bytes flow again", 3_000, () -> received.get() > stalledAt + 10_000);
            await("the playlist is back within a segment", 3_000,
                    () -> get(simulator.playlistUri(OFFLINE)).statusCode() == 200);
        } finally {
            reader.interrupt();
            live.body().close();
        }
    }

    @Test
    void aFlappingCameraGoesDownAndUpByTurnsOverHttp() throws Exception {
        URI fault = URI.create("http://127.0.0.1:" + simulator.port() + "/cameras/" + OFFLINE + "/fault");
        HttpResponse<String> injected = http.send(HttpRequest.newBuilder(URI.create(fault + "/flapping"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertEquals(200, injected.statusCode());
        try {
            assertEquals("FLAPPING", get(fault).body().strip());
            assertEquals(404, get(simulator.playlistUri(OFFLINE)).statusCode(), "down first");
            await("up again", FaultTimeline.FLAP_SEGMENTS * 2_000 + 2_500,
                    () -> get(simulator.playlistUri(OFFLINE)).statusCode() == 200);
        } finally {
            HttpResponse<String> recovered = http.send(HttpRequest.newBuilder(fault).DELETE().build(),
                    BodyHandlers.ofString());
            assertEquals(200, recovered.statusCode());
        }
        assertEquals("NONE", get(fault).body().strip());
        assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(fault + "/melted"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString()).statusCode());
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return http.send(request(uri), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI segmentUri(String camera, long n) {
        return URI.create("http://127.0.0.1:" + simulator.port() + "/cameras/" + camera + "/" + n + ".ts");
    }

    private static List<Long> segments(String playlist) {
        List<Long> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(playlist);
        while (m.find()) {
            segments.add(Long.parseLong(m.group(1)));
        }
        return segments;
    }

    /** Waits until the playlist lists segment {@code n}, then fetches it. */
    private static byte[] publishedSegment(String camera, long n) throws Exception {
        await("segment " + n + " is published", 5_000, () -> {
            HttpResponse<String> playlist = get(simulator.playlistUri(camera));
            return playlist.statusCode() == 200 && segments(playlist.body()).contains(n);
        });
        HttpResponse<byte[]> segment = http.send(request(segmentUri(camera, n)), BodyHandlers.ofByteArray());
        assertEquals(200, segment.statusCode());
        return segment.body();
    }

    private static void await(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    private static Viewed decode(byte[] transportStream) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(transportStream), 0)) {
            grabber.setFormat("mpegts");
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            grabber.start();
            List<byte[]> luma = new ArrayList<>();
            List<Long> timestamps = new ArrayList<>();
            for (Frame frame; (frame = grabber.grabImage()) != null; ) {
                luma.add(luma(frame));
                timestamps.add(frame.timestamp);
            }
            return new Viewed(grabber.getVideoCodecName(), grabber.getImageWidth(), grabber.getImageHeight(), luma,
                    timestamps);
        }
    }

    private static byte[] luma(Frame frame) {
        ByteBuffer plane = (ByteBuffer) frame.image[0];
        byte[] luma = new byte[frame.imageWidth * frame.imageHeight];
        for (int y = 0; y < frame.imageHeight; y++) {
            plane.position(y * frame.imageStride);
            plane.get(luma, y * frame.imageWidth, frame.imageWidth);
        }
        plane.rewind();
        return luma;
    }
}
