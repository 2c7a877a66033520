package org.pollcam.media.probe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every probe frees what it allocated natively: hundreds of probes of a file leave the process's resident memory
 * where it was after warm-up. (bench/probe.sh runs the 10,000-probe version.)
 */
class ProbeResourcesTest {
    private static final int WARM_UP = 50;
    private static final int PROBES = 300;
    private static final long BOUND_KB = 24 * 1024;

    @TempDir
    Path dir;

    @Test
    void repeatedProbesDoNotGrowResidentMemory() throws IOException {
        Path file = TestStreams.mpegTs(dir, TestStreams.Scene.STATION,
                TestStreams.Encoding.SD.withSeconds(2));
        StreamProbe probe = new StreamProbe(ProbeSettings.DEFAULTS.withWindow(java.time.Duration.ofSeconds(2)));
        for (int i = 0; i < WARM_UP; i++) {
            assertTrue(probe.probe(file.toString()).reachable());
        }
        System.gc();
        long before = residentKb();
        for (int i = 0; i < PROBES; i++) {
            assertNotNull(probe.probe(file.toString()).snapshotJpeg());
        }
        System.gc();
        long after = residentKb();
        System.out.printf("%d probes: resident memory %d kB after warm-up, %d kB after%n", PROBES, before, after);

        assertTrue(after - before < BOUND_KB, "resident memory grew from " + before + " kB to " + after + " kB");
    }

    static long residentKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }
}
