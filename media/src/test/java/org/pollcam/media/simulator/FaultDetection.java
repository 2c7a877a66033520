package org.pollcam.media.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bytedeco.ffmpeg.global.avutil;
import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthDebounce;
import org.pollcam.media.health.HealthJudge;
import org.pollcam.media.health.HealthVerdict;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.media.probe.ProbeResult;
import org.pollcam.media.probe.ProbeSettings;
import org.pollcam.media.probe.StreamProbe;

/**
 * How long the supervision takes to confirm each simulated fault, and to confirm the camera ONLINE again after
 * recovery, measured as the application supervises: a probe with default settings on the camera's HLS playlist, the
 * judge with default thresholds, the camera's memory kept between checks (reference fingerprint from a first
 * healthy probe), and a debounce confirming a state after {@value #CONFIRMATIONS} agreeing checks. Checks start at
 * most every {@link #INTERVAL} (a probe of the simulator's live playlist reads its last two segments in about a
 * second; an offline one returns at once). Used by {@code SimulatorHealthTest} and, with a main, by {@code bench/detection.sh}.
 */
public final class FaultDetection {

    public static final int CONFIRMATIONS = 2;
    public static final Duration INTERVAL = Duration.ofSeconds(2);

    /** The state each fault must be confirmed as; FLAPPING is confirmed OFFLINE during its down phases. */
    public static final Map<Fault, StreamHealth> EXPECTED = new EnumMap<>(Map.of(
            Fault.OFFLINE, StreamHealth.OFFLINE, Fault.FROZEN, StreamHealth.FROZEN, Fault.BLACK, StreamHealth.BLACK,
            Fault.COVERED, StreamHealth.COVERED, Fault.BLURRED, StreamHealth.COVERED, Fault.MOVED, StreamHealth.MOVED,
            Fault.LOW_FPS, StreamHealth.DEGRADED, Fault.LOW_BITRATE, StreamHealth.DEGRADED,
            Fault.FLAPPING, StreamHealth.OFFLINE));

    /** One check: when it ended (ms after the fault was injected or recovered), the verdict and the confirmed state. */
    public record Check(long endMillis, long probeMillis, HealthVerdict verdict, StreamHealth confirmed) {
    }

    /**
     * One fault's run: the checks until the expected state was confirmed (or the bound passed), then the checks until
     * ONLINE was confirmed after recovery. A latency is -1 when the state was not confirmed within the bound.
     */
    public record Detection(String camera, Fault fault, StreamHealth before, StreamHealth expected, long detectMillis,
                            List<Check> faultChecks, long recoverMillis, List<Check> recoveryChecks) {

        public boolean detected() {
            return detectMillis >= 0;
        }

        public boolean recovered() {
            return recoverMillis >= 0;
        }

        /** The verdicts of the checks while the fault was on, e.g. [ONLINE, OFFLINE, OFFLINE]. */
        public List<StreamHealth> faultVerdicts() {
            return faultChecks.stream().map(c -> c.verdict().state()).toList();
        }

        public List<StreamHealth> recoveryVerdicts() {
            return recoveryChecks.stream().map(c -> c.verdict().state()).toList();
        }
    }

    /** One camera supervised as the application does it; not thread-safe, one per camera. */
    public static final class Supervisor {
        private final StreamProbe probe;
        private final HealthJudge judge = new HealthJudge();
        private final String url;
        private CameraMemory memory;
        private HealthDebounce debounce = HealthDebounce.start();
        private long nextStart;

        private Supervisor(StreamProbe probe, String url, CameraMemory memory) {
            this.probe = probe;
            this.url = url;
            this.memory = memory;
        }

        /** Takes the reference fingerprint from a first healthy probe, as an operator approves a camera's view. */
        public static Supervisor approved(StreamProbe probe, String url) {
            ProbeResult first = probe.probe(url);
            CameraMemory memory = CameraMemory.withReference(HealthJudge.lastKeyframe(first).orElseThrow(
                    () -> new IllegalStateException("No healthy first probe of " + url + ": " + first.error())));
            return new Supervisor(probe, url, memory.after(first));
        }

        /** A camera no operator approved yet: no reference picture, nothing remembered. */
        public static Supervisor unapproved(StreamProbe probe, String url) {
            return new Supervisor(probe, url, CameraMemory.none());
        }

        public Check check(long sinceMillis) throws InterruptedException {
            long wait = nextStart - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long start = System.currentTimeMillis();
            nextStart = start + INTERVAL.toMillis();
            ProbeResult result = probe.probe(url);
            HealthVerdict verdict = judge.judge(result, memory);
            memory = memory.after(result);
            debounce = debounce.after(verdict.state(), CONFIRMATIONS);
            long end = System.currentTimeMillis();
            return new Check(end - sinceMillis, end - start, verdict, debounce.confirmed());
        }

        public StreamHealth confirmed() {
            return debounce.confirmed();
        }

        /** Checks until {@code expected} is confirmed; the time that took from {@code sinceMillis}, or -1. */
        long await(StreamHealth expected, long sinceMillis, Duration bound, List<Check> checks)
                throws InterruptedException {
            while (System.currentTimeMillis() - sinceMillis <= bound.toMillis()) {
                Check check = check(sinceMillis);
                checks.add(check);
                if (check.confirmed() == expected) {
                    return check.endMillis();
                }
            }
            return -1;
        }
    }

    private FaultDetection() {
    }

    /**
     * Injects the fault, checks until its expected state is confirmed, recovers, checks until ONLINE is confirmed.
     * A FLAPPING camera is watched {@code flapWatch} longer once confirmed, to see it alternate.
     */
    public static Detection measure(CameraSimulator simulator, String camera, Supervisor supervisor, Fault fault,
            Duration bound, Duration flapWatch) throws InterruptedException {
        StreamHealth expected = EXPECTED.get(fault);
        StreamHealth before = supervisor.confirmed();
        List<Check> faultChecks = new ArrayList<>();
        simulator.inject(camera, fault);
        long injected = System.currentTimeMillis();
        long detect = supervisor.await(expected, injected, bound, faultChecks);
        if (fault == Fault.FLAPPING) {
            long until = System.currentTimeMillis() + flapWatch.toMillis();
            while (System.currentTimeMillis() < until) {
                faultChecks.add(supervisor.check(injected));
            }
        }
        List<Check> recoveryChecks = new ArrayList<>();
        simulator.recover(camera);
        long recovered = System.currentTimeMillis();
        long recover = supervisor.await(StreamHealth.ONLINE, recovered, bound, recoveryChecks);
        return new Detection(camera, fault, before, expected, detect, faultChecks, recover, recoveryChecks);
    }

    /**
     * Measures every fault, the faults spread over the cameras: each camera runs its share one after the other, the
     * cameras at the same time (a probe waits on the stream's real time, not on the CPU). In {@link Fault} order.
     */
    public static List<Detection> measureAll(CameraSimulator simulator, List<String> cameras, Duration bound,
            Duration flapWatch) {
        StreamProbe probe = new StreamProbe(ProbeSettings.DEFAULTS);
        ExecutorService lanes = Executors.newFixedThreadPool(cameras.size());
        try {
            List<CompletableFuture<List<Detection>>> runs = new ArrayList<>();
            Fault[] faults = Fault.values();
            for (int c = 0; c < cameras.size(); c++) {
                String camera = cameras.get(c);
                List<Fault> share = new ArrayList<>();
                for (int f = c; f < faults.length; f += cameras.size()) {
                    share.add(faults[f]);
                }
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        Supervisor supervisor = Supervisor.approved(probe, simulator.playlistUri(camera).toString());
                        List<Detection> detections = new ArrayList<>();
                        for (Fault fault : share) {
                            detections.add(measure(simulator, camera, supervisor, fault, bound, flapWatch));
                        }
                        return detections;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }, lanes));
            }
            return runs.stream().flatMap(r -> r.join().stream())
                    .sorted((a, b) -> a.fault().compareTo(b.fault())).toList();
        } finally {
            lanes.shutdownNow();
        }
    }

    public static String table(List<Detection> detections) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-12s %-9s %10s %7s %10s %7s  %s%n", "fault", "expected", "detect s", "checks", "recover s",
                "checks", "verdicts while faulty | after recovery"));
        for (Detection d : detections) {
            table.append(String.format(Locale.ROOT, "%-12s %-9s %10s %7d %10s %7d  %s | %s%n", d.fault(),
                    d.expected(), seconds(d.detectMillis()), d.faultChecks().size(), seconds(d.recoverMillis()),
                    d.recoveryChecks().size(), d.faultVerdicts(), d.recoveryVerdicts()));
        }
        return table.toString();
    }

    private static String seconds(long millis) {
        return millis < 0 ? "MISSED" : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** bench/detection.sh: [bound in seconds, default 30] [cameras in parallel, default 3]. */
    public static void main(String[] args) throws IOException {
        Duration bound = Duration.ofSeconds(args.length > 0 ? Integer.parseInt(args[0]) : 30);
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        Path cache = Files.createTempDirectory("detection-bench");
        List<CameraName> names = CameraName.demo(parallel);
        try (CameraSimulator simulator = CameraSimulator.start(0, names, cache)) {
            simulator.prepare().join();
            System.out.println("Detection latency per fault: inject → confirmed state (" + CONFIRMATIONS
                    + " agreeing checks, checks at most every " + INTERVAL.toSeconds() + " s, default probe settings), "
                    + parallel + " cameras in parallel");
            List<Detection> detections = measureAll(simulator, names.stream().map(CameraName::toString).toList(),
                    bound, Duration.ofSeconds(12));
            System.out.print(table(detections));
        }
    }
}
