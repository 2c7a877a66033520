package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.media.probe.ProbeSettings;
import org.pollcam.media.probe.StreamProbe;
import org.pollcam.media.simulator.FaultDetection.Check;
import org.pollcam.media.simulator.FaultDetection.Detection;
import org.pollcam.media.simulator.FaultDetection.Supervisor;

/**
 * The supervision against the simulator, end to end on real H.264: every fault is confirmed as its state within
 * {@link #BOUND} of being injected, and ONLINE again within {@link #BOUND} of recovery; a dead address is OFFLINE
 * within the connect timeout; a healthy camera watched for {@link #WATCH} never raises an alarm.
 * <p>
 * The bound: a fault shows in the stream within one 2 s segment, published when the segment ends; the probe reads
 * the playlist's last two segments (about 1 s of wall time), so the first check after an inject may still see the
 * old picture; checks start every {@link FaultDetection#INTERVAL}, and the debounce wants
 * {@value FaultDetection#CONFIRMATIONS} agreeing checks; FROZEN needs one check more, since it compares the window's
 * keyframes with the previous check's. Measured: 2–8 s to confirm, 4–6 s back to ONLINE. 20 s is about three checks
 * more than the slowest, room for two busy cores; a detection that breaks (a state never confirmed, or a camera
 * already alarming before its fault) fails.
 * <p>
 * Probes wait on the stream's real time, not on the CPU, so the cameras run at the same time: three cameras share the
 * nine faults, a fourth is watched for false alarms meanwhile.
 */
class SimulatorHealthTest {

    static final Duration BOUND = Duration.ofSeconds(20);
    static final Duration WATCH = Duration.ofSeconds(120);
    /** How long a FLAPPING camera is watched once its OFFLINE is confirmed: two up-and-down periods of 8 s. */
    static final Duration FLAP_WATCH = Duration.ofSeconds(16);

    private static final List<CameraName> CAMERAS = CameraName.demo(4);
    private static final List<String> FAULTY = CAMERAS.subList(0, 3).stream().map(CameraName::toString).toList();
    private static final String WATCHED = CAMERAS.get(3).toString();

    @TempDir
    static Path cache;
    private static CameraSimulator simulator;
    private static ExecutorService runs;
    private static CompletableFuture<List<Detection>> faults;
    private static CompletableFuture<List<Check>> watch;

    @BeforeAll
    static void startSupervising() throws IOException {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        simulator = CameraSimulator.start(0, CAMERAS, cache);
        simulator.prepare().join();
        runs = Executors.newFixedThreadPool(2);
        faults = CompletableFuture.supplyAsync(() -> FaultDetection.measureAll(simulator, FAULTY, BOUND, FLAP_WATCH),
                runs);
        watch = CompletableFuture.supplyAsync(SimulatorHealthTest::watchHealthyCamera, runs);
    }

    @AfterAll
    static void stopSupervising() {
        runs.shutdownNow();
        simulator.close();
    }

    @Test
    void everyFaultIsConfirmedAsItsStateWithinTheBoundAndOnlineAgainAfterRecovery() {
        List<Detection> detections = faults.join();
        System.out.print("Detection latency (bound " + BOUND.toSeconds() + " s):\n" + FaultDetection.table(detections));
        assertEquals(Arrays.asList(Fault.values()), detections.stream().map(Detection::fault).toList());
        for (Detection d : detections) {
            String what = d.fault() + " on " + d.camera() + ": " + d.faultVerdicts() + " | " + d.recoveryVerdicts();
            assertEquals(StreamHealth.ONLINE, d.before(), "no alarm before the fault: " + what);
            assertTrue(d.detected(), d.fault() + " confirmed " + d.expected() + " within " + BOUND + ": " + what);
            assertTrue(d.recovered(), "ONLINE within " + BOUND + " of recovery: " + what);
        }
    }

    /**
     * A FLAPPING camera is down 4 s, up 4 s. The debounce does not fold that into one steady state: two checks in a
     * down phase confirm OFFLINE, so the alarm is raised within the bound, and the verdicts keep alternating while the
     * camera flaps; after recovery it is confirmed ONLINE.
     */
    @Test
    void aFlappingCameraIsConfirmedOfflineAndSeenToAlternate() {
        Detection flapping = faults.join().stream().filter(d -> d.fault() == Fault.FLAPPING).findFirst().orElseThrow();
        List<StreamHealth> verdicts = flapping.faultVerdicts();
        assertTrue(flapping.detected(), "confirmed OFFLINE: " + verdicts);
        assertTrue(verdicts.contains(StreamHealth.OFFLINE), "down phases seen: " + verdicts);
        int alternations = 0;
        for (int i = 1; i < verdicts.size(); i++) {
            if ((verdicts.get(i) == StreamHealth.OFFLINE) != (verdicts.get(i - 1) == StreamHealth.OFFLINE)) {
                alternations++;
            }
        }
        assertTrue(alternations >= 2, "up and down in turns: " + verdicts);
        assertTrue(flapping.recovered(), "ONLINE after recovery: " + flapping.recoveryVerdicts());
    }

    @Test
    void nothingListeningIsOfflineWithinTheConnectTimeout() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StreamProbe probe = new StreamProbe(ProbeSettings.DEFAULTS);
        Supervisor supervisor = Supervisor.unapproved(probe,
                "http://127.0.0.1:" + port + "/cameras/" + FAULTY.get(0) + "/index.m3u8");
        long start = System.currentTimeMillis();
        List<Check> checks = new ArrayList<>();
        checks.add(supervisor.check(start));
        assertEquals(StreamHealth.OFFLINE, checks.get(0).verdict().state(), checks.get(0).verdict().reason());
        assertTrue(checks.get(0).probeMillis() <= ProbeSettings.DEFAULTS.connectTimeout().toMillis() + 1_000,
                "one check within the connect timeout: " + checks.get(0).probeMillis() + " ms");
        checks.add(supervisor.check(start));
        assertEquals(StreamHealth.OFFLINE, checks.get(1).confirmed());
        assertTrue(checks.get(1).endMillis() <= BOUND.toMillis(), "confirmed in " + checks.get(1).endMillis() + " ms");
    }

    @Test
    void aHealthyCameraWatchedForTwoMinutesNeverLeavesOnline() {
        List<Check> checks = watch.join();
        List<StreamHealth> verdicts = checks.stream().map(c -> c.verdict().state()).toList();
        List<String> alarms = checks.stream().filter(c -> c.verdict().alarming())
                .map(c -> c.endMillis() + " ms: " + c.verdict().reason()).toList();
        System.out.printf("Healthy camera %s: %d checks in %.0f s, %d single alarming verdicts %s%n", WATCHED,
                checks.size(), checks.get(checks.size() - 1).endMillis() / 1000.0, alarms.size(), alarms);
        assertTrue(checks.size() >= WATCH.toSeconds() / 4, "checked every few seconds: " + checks.size());
        assertTrue(checks.stream().allMatch(c -> c.confirmed() == StreamHealth.ONLINE),
                "no false alarm confirmed: " + verdicts + " " + alarms);
    }

    private static List<Check> watchHealthyCamera() {
        try {
            Supervisor supervisor = Supervisor.approved(new StreamProbe(ProbeSettings.DEFAULTS),
                    simulator.playlistUri(WATCHED).toString());
            List<Check> checks = new ArrayList<>();
            long start = System.currentTimeMillis();
            while (System.currentTimeMillis() - start < WATCH.toMillis()) {
                checks.add(supervisor.check(start));
            }
            return checks;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
