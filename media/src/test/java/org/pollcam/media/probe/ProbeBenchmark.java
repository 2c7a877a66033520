package org.pollcam.media.probe;

import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthJudge;
import org.pollcam.media.probe.TestStreams.Encoding;
import org.pollcam.media.probe.TestStreams.Scene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * CPU time of one health check (probe of a 3 s window + judge + 320 px JPEG snapshot) by sampling mode and
 * resolution, the cameras one core supervises at a 10 s interval, and a long resident-memory check. Run by
 * bench/probe.sh; arguments: [leak probes, default 10000] [leak time limit in seconds, default 180].
 */
public final class ProbeBenchmark {
    private static final int WARM_UP = 15;
    private static final int REPETITIONS = 7;
    private static final int PROBES_PER_REPETITION = 15;
    private static final double INTERVAL_SECONDS = 10;

    private ProbeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int leakProbes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int leakSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        Path dir = Files.createTempDirectory("probe-bench");
        // Cameras typically send a keyframe every 2 s: GOP 50 at 25 fps.
        Encoding sd = new Encoding(640, 360, 25, 50, 800_000, 8);
        Encoding hd = new Encoding(1280, 720, 25, 50, 2_000_000, 8);
        System.out.println("Encoding inputs (H.264 libopenh264, 25 fps, keyframe every 2 s, 8 s) ...");
        Path sdFile = TestStreams.mpegTs(dir, Scene.STATION, sd);
        Path hdFile = TestStreams.mpegTs(dir, Scene.STATION, hd);
        Path sdGrain = TestStreams.mpegTs(dir, Scene.GRAINY_STATION, sd);
        Path hdGrain = TestStreams.mpegTs(dir, Scene.GRAINY_STATION, hd);

        System.out.printf(Locale.ROOT, "%nHealth check = probe of a 3 s window + judge (+ 320 px JPEG unless 'no JPEG'); CPU"
                + " time of the probing thread (decoder single-threaded), median of %d runs x %d checks%n", REPETITIONS,
                PROBES_PER_REPETITION);
        System.out.printf(Locale.ROOT, "%-12s %-30s %12s %10s %9s %16s%n", "input", "sampling", "CPU ms/check",
                "wall ms", "pictures", "cameras/core@10s");
        Object[][] inputs = {{"360p clean", sdFile}, {"720p clean", hdFile}, {"360p grainy", sdGrain}, {"720p grainy", hdGrain}};
        for (Object[] input : inputs) {
            Path file = (Path) input[1];
            double keyframes = 0;
            Object[][] modes = {{"KEYFRAMES", ProbeSettings.DEFAULTS},
                    {"KEYFRAMES, no JPEG", ProbeSettings.DEFAULTS.withSnapshotWidth(0)},
                    {"KEYFRAMES_DECODER_SKIP", ProbeSettings.DEFAULTS.withSampling(Sampling.KEYFRAMES_DECODER_SKIP)},
                    {"ALL_FRAMES", ProbeSettings.DEFAULTS.withSampling(Sampling.ALL_FRAMES)},
                    {"ALL_FRAMES, no JPEG", ProbeSettings.DEFAULTS.withSampling(Sampling.ALL_FRAMES).withSnapshotWidth(0)}};
            double keyframesNoJpeg = 0;
            for (Object[] mode : modes) {
                String name = (String) mode[0];
                double[] figures = measure(file, (ProbeSettings) mode[1]);
                if (name.equals("KEYFRAMES")) {
                    keyframes = figures[0];
                } else if (name.equals("KEYFRAMES, no JPEG")) {
                    keyframesNoJpeg = figures[0];
                }
                String ratio = name.startsWith("ALL_FRAMES") || name.startsWith("KEYFRAMES_DECODER")
                        ? String.format(Locale.ROOT, "   (%.1fx keyframe-only)",
                        figures[0] / (name.endsWith("no JPEG") ? keyframesNoJpeg : keyframes)) : "";
                System.out.printf(Locale.ROOT, "%-12s %-30s %12.3f %10.3f %9.0f %16.0f%s%n", input[0], name, figures[0],
                        figures[1], figures[2], INTERVAL_SECONDS * 1000 / figures[0], ratio);
            }
        }
        leakCheck(sdFile, leakProbes, leakSeconds);
    }

    /** Median CPU ms per check, median wall ms per check, pictures per check. */
    private static double[] measure(Path file, ProbeSettings settings) {
        StreamProbe probe = new StreamProbe(settings);
        HealthJudge judge = new HealthJudge();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int pictures = 0;
        for (int i = 0; i < WARM_UP; i++) {
            pictures = judgeOnce(probe, judge, file);
        }
        double[] cpu = new double[REPETITIONS];
        double[] wall = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < PROBES_PER_REPETITION; i++) {
                judgeOnce(probe, judge, file);
            }
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / PROBES_PER_REPETITION;
            wall[r] = (System.nanoTime() - wallStart) / 1e6 / PROBES_PER_REPETITION;
        }
        return new double[]{median(cpu), median(wall), pictures};
    }

    private static int judgeOnce(StreamProbe probe, HealthJudge judge, Path file) {
        ProbeResult result = probe.probe(file.toString());
        if (!result.reachable() || result.pictures().isEmpty()) {
            throw new IllegalStateException("probe failed: " + result.error());
        }
        judge.judge(result, CameraMemory.none());
        return result.pictures().size();
    }

    private static void leakCheck(Path file, int probes, int seconds) throws IOException {
        StreamProbe probe = new StreamProbe();
        for (int i = 0; i < 200; i++) {
            probe.probe(file.toString());
        }
        System.gc();
        long before = ProbeResourcesTest.residentKb();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        int done = 0;
        while (done < probes && System.nanoTime() < deadline) {
            if (!probe.probe(file.toString()).reachable()) {
                throw new IllegalStateException("probe " + done + " failed");
            }
            done++;
            if (done % 2000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d probes, RSS %,d kB%n", done, ProbeResourcesTest.residentKb());
            }
        }
        System.gc();
        long after = ProbeResourcesTest.residentKb();
        System.out.printf(Locale.ROOT, "%nLeak check: %,d probes (360p, keyframes, snapshot) in %.0f s after 200 warm-up;"
                + " RSS before %,d kB, after %,d kB (%+,d kB)%s%n", done, (System.nanoTime() - started) / 1e9, before, after,
                after - before, done < probes ? " — stopped by the time limit" : "");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
