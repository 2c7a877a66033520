package org.pollcam.media.probe;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthJudge;
import org.pollcam.media.health.HealthVerdict;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.media.probe.TestStreams.Encoding;
import org.pollcam.media.probe.TestStreams.Scene;
import org.pollcam.media.publish.PrivacyMask;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The probe and the judge against real H.264 streams encoded by the test: one stream per health state, plus dead and
 * stalling servers. Streams are encoded once for the class (about 4 s).
 */
class StreamProbeTest {
    private static final Duration SHORT = Duration.ofSeconds(1);

    @TempDir
    static Path dir;
    private static Path station;
    private static Path still;
    private static HttpServer http;
    private static final List<ServerSocket> STALLING = new ArrayList<>();
    private static final ExecutorService STALL_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stalling-server");
        t.setDaemon(true);
        return t;
    });

    private final StreamProbe probe = new StreamProbe(ProbeSettings.DEFAULTS.withTimeouts(SHORT, SHORT));
    private final HealthJudge judge = new HealthJudge();

    @BeforeAll
    static void encodeStreams() throws IOException {
        station = TestStreams.mpegTs(dir, Scene.STATION, Encoding.SD);
        still = TestStreams.mpegTs(dir, Scene.STILL, Encoding.SD);
        TestStreams.hls(dir.resolve("hls"), Scene.STATION, Encoding.SD);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".m3u8")
                        ? "application/vnd.apple.mpegurl" : "video/mp2t");
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
            exchange.close();
        });
        http.start();
    }

    @AfterAll
    static void stopServers() throws IOException {
        http.stop(0);
        for (ServerSocket socket : STALLING) {
            socket.close();
        }
        STALL_THREADS.shutdownNow();
    }

    private HealthVerdict judge(Path file, CameraMemory memory) {
        return judge.judge(probe.probe(file.toString()), memory);
    }

    @Test
    void movingStationIsOnlineAndMeasured() throws IOException {
        ProbeResult result = probe.probe(station.toString());

        assertTrue(result.reachable(), result.error());
        assertEquals("h264", result.codec());
        assertEquals(640, result.width());
        assertEquals(360, result.height());
        assertEquals(25, result.frameRate(), 0.5);
        assertEquals(1.0, result.keyframeInterval(), 0.05);
        assertTrue(result.bitrate() > 100_000, "bitrate " + result.bitrate());
        assertEquals(0, result.decodeErrors());
        assertEquals(2, result.pictures().size(), "two keyframes, one per second");
        assertTrue(result.pictures().stream().allMatch(PictureSample::keyframe), "keyframe-only sampling");
        HealthVerdict verdict = judge.judge(result, CameraMemory.none());
        assertEquals(StreamHealth.ONLINE, verdict.state(), verdict.evidence().toString());

        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(result.snapshotJpeg()));
        assertEquals(320, snapshot.getWidth());
        assertEquals(180, snapshot.getHeight());
    }

    @Test
    void snapshotOfAMaskedCameraHasTheMaskFilledButTheMeasurementsDoNot() throws IOException {
        int fill = 0xC020A0;
        PrivacyMask leftThird = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 1 / 3.0, 1)).withFill(fill);
        ProbeResult plain = probe.probe(station.toString());
        ProbeResult masked = new StreamProbe(probe.settings().withMask(leftThird)).probe(station.toString());

        BufferedImage unmasked = ImageIO.read(new ByteArrayInputStream(plain.snapshotJpeg()));
        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream(masked.snapshotJpeg()));
        assertEquals(320, snapshot.getWidth());
        assertEquals(180, snapshot.getHeight());
        int third = 320 / 3;
        int leftLikeFill = 0, rightLikeFill = 0, rightPixels = 0;
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                int rgb = snapshot.getRGB(x, y);
                if (x < third - 8) {
                    assertTrue(closeTo(rgb, fill, 12), "masked pixel " + x + "," + y + " = " + Integer.toHexString(rgb));
                    leftLikeFill += closeTo(unmasked.getRGB(x, y), fill, 12) ? 1 : 0;
                } else if (x >= third + 24) {
                    rightPixels++;
                    rightLikeFill += closeTo(rgb, fill, 12) ? 1 : 0;
                    // JPEG blocks away from the mask's edge are encoded as without a mask
                    assertTrue(closeTo(rgb, unmasked.getRGB(x, y), 2), "unmasked pixel " + x + "," + y);
                }
            }
        }
        assertEquals(0, leftLikeFill, "the snapshot without a mask shows the left third");
        assertEquals(0, rightLikeFill, "of " + rightPixels + " pixels right of the mask");
        assertEquals(plain.pictures(), masked.pictures(), "health is measured on the unmasked picture");
        assertEquals(StreamHealth.ONLINE, judge.judge(masked, CameraMemory.none()).state());
    }

    @Test
    void snapshotWithoutAMaskIsTheSameAsWithTheEmptyMask() {
        ProbeResult plain = probe.probe(station.toString());
        ProbeResult none = new StreamProbe(probe.settings().withMask(PrivacyMask.NONE)).probe(station.toString());

        assertArrayEquals(plain.snapshotJpeg(), none.snapshotJpeg());
    }

    private static boolean closeTo(int rgb, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void fullDecodeSamplesEveryFrameAndAgrees() {
        ProbeResult result = new StreamProbe(probe.settings().withSampling(Sampling.ALL_FRAMES)).probe(station.toString());

        assertTrue(result.pictures().size() >= 25, "every frame up to the second keyframe: " + result.pictures().size());
        assertEquals(StreamHealth.ONLINE, judge.judge(result, CameraMemory.none()).state());
    }

    @Test
    void blackPictureIsBlack() {
        HealthVerdict verdict = judge(TestStreams.mpegTs(dir, Scene.BLACK, Encoding.SD), CameraMemory.none());

        assertEquals(StreamHealth.BLACK, verdict.state());
        assertEquals("black luma", verdict.decisive().orElseThrow().threshold());
        assertTrue(verdict.reason().startsWith("mean luma 16"), verdict.reason());
    }

    @Test
    void uniformGreyIsCovered() {
        HealthVerdict verdict = judge(TestStreams.mpegTs(dir, Scene.GREY, Encoding.SD), CameraMemory.none());

        assertEquals(StreamHealth.COVERED, verdict.state());
        assertEquals("uniform spread", verdict.decisive().orElseThrow().threshold());
    }

    @Test
    void heavilyBlurredSceneIsCovered() {
        HealthVerdict verdict = judge(TestStreams.mpegTs(dir, Scene.BLURRED, Encoding.SD), CameraMemory.none());

        assertEquals(StreamHealth.COVERED, verdict.state(), verdict.evidence().toString());
        assertEquals("blur sharpness", verdict.decisive().orElseThrow().threshold());
    }

    @Test
    void stillPictureIsFrozenWithinTheWindow() {
        HealthVerdict verdict = judge(still, CameraMemory.none());

        assertEquals(StreamHealth.FROZEN, verdict.state(), verdict.evidence().toString());
    }

    @Test
    void stillPictureIsFrozenOverTwoProbesOfOneKeyframeEach() {
        StreamProbe onePicture = new StreamProbe(new ProbeSettings(SHORT, SHORT, Duration.ofSeconds(3), 1,
                Sampling.KEYFRAMES, 0));
        ProbeResult first = onePicture.probe(still.toString());
        HealthVerdict firstVerdict = judge.judge(first, CameraMemory.none());
        HealthVerdict second = judge.judge(onePicture.probe(still.toString()), CameraMemory.none().after(first));

        assertEquals(StreamHealth.ONLINE, firstVerdict.state(), "one picture alone cannot be frozen");
        assertEquals(StreamHealth.FROZEN, second.state(), second.evidence().toString());
    }

    @Test
    void otherSceneThanTheReferenceIsMoved() {
        Fingerprint reference = HealthJudge.lastKeyframe(probe.probe(station.toString())).orElseThrow();

        HealthVerdict moved = judge(TestStreams.mpegTs(dir, Scene.OTHER_ROOM, Encoding.SD), CameraMemory.withReference(reference));
        HealthVerdict same = judge(station, CameraMemory.withReference(reference));

        assertEquals(StreamHealth.MOVED, moved.state(), moved.evidence().toString());
        assertEquals(StreamHealth.ONLINE, same.state(), same.evidence().toString());
    }

    @Test
    void twoFramesPerSecondIsDegraded() {
        HealthVerdict verdict = judge(TestStreams.mpegTs(dir, Scene.STATION, Encoding.SD.withFrameRate(2, 2)),
                CameraMemory.none());

        assertEquals(StreamHealth.DEGRADED, verdict.state());
        assertEquals("min frame rate", verdict.decisive().orElseThrow().threshold());
    }

    @Test
    void veryLowBitrateIsDegraded() {
        HealthVerdict verdict = judge(TestStreams.mpegTs(dir, Scene.STATION, Encoding.SD.withBitrate(20_000)),
                CameraMemory.none());

        assertEquals(StreamHealth.DEGRADED, verdict.state(), verdict.evidence().toString());
        assertEquals("min bitrate", verdict.decisive().orElseThrow().threshold());
    }

    @Test
    void healthyStreamProbedRepeatedlyRaisesNoAlarm() {
        CameraMemory memory = CameraMemory.withReference(HealthJudge.lastKeyframe(probe.probe(station.toString())).orElseThrow());
        for (int i = 0; i < 5; i++) {
            ProbeResult result = probe.probe(station.toString());
            HealthVerdict verdict = judge.judge(result, memory);
            assertFalse(verdict.alarming(), "probe " + i + ": " + verdict);
            memory = memory.after(result);
        }
    }

    @Test
    void hlsOverHttpIsOnline() {
        ProbeResult result = probe.probe("http://127.0.0.1:" + http.getAddress().getPort() + "/hls/index.m3u8");

        assertTrue(result.reachable(), result.error());
        assertEquals(StreamHealth.ONLINE, judge.judge(result, CameraMemory.none()).state());
    }

    @Test
    void mpegTsOverHttpIsOnline() {
        ProbeResult result = probe.probe("http://127.0.0.1:" + http.getAddress().getPort() + "/" + station.getFileName());

        assertEquals(StreamHealth.ONLINE, judge.judge(result, CameraMemory.none()).state(), String.valueOf(result.error()));
    }

    @Test
    void refusedConnectionIsOfflineAtOnce() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProbeResult result = probe.probe("http://127.0.0.1:" + port + "/live.ts");

        assertFalse(result.reachable());
        assertTrue(result.elapsed().compareTo(SHORT) < 0, "elapsed " + result.elapsed());
        HealthVerdict verdict = judge.judge(result, CameraMemory.none());
        assertEquals(StreamHealth.OFFLINE, verdict.state());
        assertTrue(verdict.reason().contains("refused"), verdict.reason());
    }

    @Test
    void serverThatAcceptsAndStallsIsOfflineWithinTheTimeout() throws IOException {
        int port = stallingServer(new byte[0]);

        long started = System.nanoTime();
        ProbeResult result = probe.probe("http://127.0.0.1:" + port + "/live.ts");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertFalse(result.reachable());
        assertEquals(StreamHealth.OFFLINE, judge.judge(result, CameraMemory.none()).state());
        assertTrue(elapsed.compareTo(SHORT.plusMillis(1500)) < 0, "a 1 s timeout took " + elapsed);
    }

    @Test
    void connectTimeoutBoundsTheOpeningEvenWhenTheSocketTimeoutIsLonger() throws IOException {
        int port = stallingServer(new byte[0]);
        StreamProbe patientReader = new StreamProbe(ProbeSettings.DEFAULTS.withTimeouts(SHORT, Duration.ofSeconds(20)));

        ProbeResult result = patientReader.probe("http://127.0.0.1:" + port + "/live.ts");

        assertFalse(result.reachable());
        assertTrue(result.elapsed().compareTo(SHORT.plusMillis(1500)) < 0,
                "the interrupt callback ends the open at the connect timeout, took " + result.elapsed());
    }

    @Test
    void streamThatStallsAfterSomeVideoIsDegradedWithinTheReadTimeout() throws IOException {
        byte[] ts = Files.readAllBytes(station);
        byte[] firstSecond = java.util.Arrays.copyOf(ts, ts.length / 4 / 188 * 188);
        int port = stallingServer(("HTTP/1.1 200 OK\r\nContent-Type: video/mp2t\r\nConnection: close\r\n\r\n").getBytes());
        STALLED_BODY = firstSecond;

        long started = System.nanoTime();
        ProbeResult result = probe.probe("http://127.0.0.1:" + port + "/live.ts");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(result.reachable());
        assertNotNull(result.error(), "the stall is reported");
        assertTrue(elapsed.compareTo(SHORT.plusMillis(1500)) < 0, "a 1 s read timeout took " + elapsed);
        HealthVerdict verdict = judge.judge(result, CameraMemory.none());
        assertEquals(StreamHealth.DEGRADED, verdict.state(), verdict.toString());
    }

    @Test
    void unknownAddressIsOffline() {
        ProbeResult result = probe.probe("gopher://station-1/cam");

        assertFalse(result.reachable());
        assertEquals(StreamHealth.OFFLINE, judge.judge(result, CameraMemory.none()).state());
    }

    private static volatile byte[] STALLED_BODY = new byte[0];

    /** Accepts, reads the request, answers with the head (and the body set for the test), then says nothing more. */
    private static int stallingServer(byte[] head) throws IOException {
        ServerSocket server = new ServerSocket(0);
        STALLING.add(server);
        STALL_THREADS.submit(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    STALL_THREADS.submit(() -> hold(socket, head));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    private static void hold(Socket socket, byte[] head) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            in.read(new byte[4096]);
            if (head.length > 0) {
                out.write(head);
                out.write(STALLED_BODY);
                out.flush();
            }
            Thread.sleep(30_000);
        } catch (IOException | InterruptedException e) {
            // the test is over
        }
    }
}
