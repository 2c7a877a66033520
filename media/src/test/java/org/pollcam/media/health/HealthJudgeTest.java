package org.pollcam.media.health;

import org.junit.jupiter.api.Test;
import org.pollcam.media.probe.Fingerprint;
import org.pollcam.media.probe.PictureSample;
import org.pollcam.media.probe.ProbeResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The judge's rules on made-up probe results: precedence, FROZEN across time, evidence. */
class HealthJudgeTest {
    private final HealthJudge judge = new HealthJudge();

    @Test
    void unreachableIsOfflineWithTheProbeError() {
        ProbeResult result = new ProbeResult("rtsp://cam", Instant.now(), false, "Connection refused", null, 0, 0,
                Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, null, Duration.ZERO, Duration.ZERO, List.of(), null);

        HealthVerdict verdict = judge.judge(result, CameraMemory.none());

        assertEquals(StreamHealth.OFFLINE, verdict.state());
        assertEquals("Connection refused", verdict.reason());
    }

    @Test
    void blackWinsOverCoveredFrozenAndDegraded() {
        Fingerprint dark = flat(16);
        ProbeResult result = result(1.0, 5_000, picture(0, 16, 0, 0, dark), picture(1, 16, 0, 0, dark));

        HealthVerdict verdict = judge.judge(result, CameraMemory.none());

        assertEquals(StreamHealth.BLACK, verdict.state());
        assertEquals(1, verdict.evidence().stream().filter(Evidence::decisive).count());
        assertEquals("mean luma 16.00 < black luma 28.00", verdict.reason());
        assertTrue(verdict.evidence().size() >= 5, "the other checks are reported too: " + verdict.evidence());
    }

    @Test
    void blurredButLitPictureIsCovered() {
        ProbeResult result = result(25, 500_000, picture(0, 120, 40, 12, scene(0)), picture(1, 120, 40, 12, scene(30)));

        HealthVerdict verdict = judge.judge(result, CameraMemory.none());

        assertEquals(StreamHealth.COVERED, verdict.state());
        assertEquals(12, verdict.decisive().orElseThrow().value());
    }

    @Test
    void staticSceneWithATickingClockIsNotFrozen() {
        ProbeResult result = result(25, 300_000, picture(0, 120, 50, 120, scene(0)),
                picture(1, 120, 50, 120, withClock(scene(0), 40)));

        assertEquals(StreamHealth.ONLINE, judge.judge(result, CameraMemory.none()).state());
    }

    @Test
    void identicalKeyframesAreFrozenButOnePictureAloneIsNot() {
        ProbeResult one = result(25, 300_000, picture(0, 120, 50, 120, scene(0)));
        ProbeResult two = result(25, 300_000, picture(0, 120, 50, 120, scene(0)), picture(1, 120, 50, 120, scene(0)));

        assertEquals(StreamHealth.ONLINE, judge.judge(one, CameraMemory.none()).state());
        assertEquals(StreamHealth.FROZEN, judge.judge(two, CameraMemory.none()).state());
        assertEquals(StreamHealth.FROZEN, judge.judge(one, new CameraMemory(scene(0), null)).state(),
                "the previous probe's picture counts");
    }

    @Test
    void changedSceneIsMovedButLightingIsNot() {
        Fingerprint reference = scene(0);
        Fingerprint brighter = brighter(reference, 40);
        Fingerprint turned = mirrored(reference);

        assertEquals(StreamHealth.ONLINE, judge.judge(result(25, 300_000,
                picture(0, 160, 50, 120, brighter), picture(1, 160, 50, 120, withClock(brighter, 80))),
                CameraMemory.withReference(reference)).state());
        assertEquals(StreamHealth.MOVED, judge.judge(result(25, 300_000,
                picture(0, 120, 50, 120, turned), picture(1, 120, 50, 120, withClock(turned, 80))),
                CameraMemory.withReference(reference)).state());
    }

    @Test
    void lowFrameRateAndLowBitrateAreDegraded() {
        HealthVerdict slow = judge.judge(result(2, 300_000, live()), CameraMemory.none());
        HealthVerdict thin = judge.judge(result(25, 40_000, live()), CameraMemory.none());

        assertEquals(StreamHealth.DEGRADED, slow.state());
        assertEquals("frame rate 2.00 < min frame rate 5.00", slow.reason());
        assertEquals(StreamHealth.DEGRADED, thin.state());
        assertEquals("bitrate 40,000 < min bitrate 100,000", thin.reason());
    }

    @Test
    void thresholdsComeFromTheCaller() {
        HealthJudge lenient = new HealthJudge(new HealthThresholds(28, 8, 20, 4, 0.5, 1, 10_000));

        assertEquals(StreamHealth.ONLINE, lenient.judge(result(2, 40_000, live()), CameraMemory.none()).state());
    }

    @Test
    void fingerprintSurvivesStorage() {
        Fingerprint fingerprint = withClock(scene(3), 99);

        assertEquals(fingerprint, Fingerprint.fromBase64(fingerprint.toBase64()));
        assertEquals(0, fingerprint.maxDifference(Fingerprint.fromBase64(fingerprint.toBase64())));
    }

    private static PictureSample[] live() {
        return new PictureSample[]{picture(0, 120, 50, 120, scene(0)), picture(1, 120, 50, 120, withClock(scene(0), 60))};
    }

    private static ProbeResult result(double fps, double bitrate, PictureSample... pictures) {
        return new ProbeResult("http://cam/live.ts", Instant.now(), true, null, "h264", 640, 360, fps, bitrate, 1.0,
                75, 3, 0, null, Duration.ofSeconds(3), Duration.ofMillis(20), List.of(pictures), null);
    }

    private static PictureSample picture(double time, double luma, double spread, double sharpness, Fingerprint f) {
        return new PictureSample(time, true, luma, spread, sharpness, f);
    }

    private static Fingerprint flat(int luma) {
        byte[] cells = new byte[Fingerprint.WIDTH * Fingerprint.HEIGHT];
        java.util.Arrays.fill(cells, (byte) luma);
        return Fingerprint.of(cells);
    }

    /** A room: a bright window on the left, dark furniture bottom right, a gradient wall. */
    private static Fingerprint scene(int shift) {
        byte[] cells = new byte[Fingerprint.WIDTH * Fingerprint.HEIGHT];
        for (int y = 0; y < Fingerprint.HEIGHT; y++) {
            for (int x = 0; x < Fingerprint.WIDTH; x++) {
                int v = 80 + x * 3 + y * 2;
                if (x < 8 && y < 9) {
                    v = 220;
                }
                if (x > 20 && y > 11) {
                    v = 30;
                }
                cells[y * Fingerprint.WIDTH + x] = (byte) Math.min(235, v + shift % 2);
            }
        }
        return Fingerprint.of(cells);
    }

    private static Fingerprint withClock(Fingerprint f, int change) {
        byte[] cells = f.cells();
        List<Integer> clock = new ArrayList<>();
        for (int x = 0; x < 8; x++) {
            clock.add((Fingerprint.HEIGHT - 1) * Fingerprint.WIDTH + x);
        }
        clock.forEach(i -> cells[i] = (byte) Math.min(235, (cells[i] & 0xff) + change % 30 + 10));
        return Fingerprint.of(cells);
    }

    private static Fingerprint brighter(Fingerprint f, int add) {
        byte[] cells = f.cells();
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (byte) Math.min(255, (cells[i] & 0xff) * 11 / 10 + add);
        }
        return Fingerprint.of(cells);
    }

    private static Fingerprint mirrored(Fingerprint f) {
        byte[] cells = new byte[Fingerprint.WIDTH * Fingerprint.HEIGHT];
        for (int y = 0; y < Fingerprint.HEIGHT; y++) {
            for (int x = 0; x < Fingerprint.WIDTH; x++) {
                cells[y * Fingerprint.WIDTH + x] = (byte) f.cell(Fingerprint.WIDTH - 1 - x, Fingerprint.HEIGHT - 1 - y);
            }
        }
        return Fingerprint.of(cells);
    }
}
