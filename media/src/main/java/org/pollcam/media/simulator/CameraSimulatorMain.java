package org.pollcam.media.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Runs the camera simulator standalone until killed:
 * <pre>
 * java -cp &lt;media classpath&gt; org.pollcam.media.simulator.CameraSimulatorMain --port 8090
 *      [--cameras 1000 | --names cameras.txt] [--lazy] [--cache ~/.cache/pollcam-simulator] [--prepare]
 * </pre>
 * Without {@code --cameras} or {@code --names} the simulator is lazy: it serves any well-formed camera name
 * ({@code <constituency>-<station>-<role>}, e.g. {@code 12-34-ballot_box}) from its first request on, which is how
 * the application's demo registry, whose camera list the simulator cannot know, is served; ill-formed names answer
 * 404. {@code --cameras} lists demo names like the demo registry's (constituency 1..125, station number, role
 * overview / ballot_box); {@code --names} reads one camera name a line instead; either serves only the listed
 * cameras unless {@code --lazy} is given too. {@code --prepare} encodes every listed camera's usual loop in the
 * background right away rather than on first request, and reports the cost.
 */
public final class CameraSimulatorMain {

    private CameraSimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8090;
        Integer count = null;
        Path names = null;
        boolean prepare = false;
        boolean lazy = false;
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "pollcam-simulator");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--cameras" -> count = Integer.parseInt(args[++i]);
                case "--names" -> names = Path.of(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                case "--prepare" -> prepare = true;
                case "--lazy" -> lazy = true;
                default -> {
                    System.err.println("Usage: CameraSimulatorMain [--port 8090] [--cameras 1000 | --names file] "
                            + "[--lazy] [--cache dir] [--prepare]\n  without --cameras or --names: lazy, serves "
                            + "any well-formed name (e.g. 12-34-overview) on first request");
                    System.exit(2);
                }
            }
        }
        List<CameraName> cameras = names != null
                ? Files.readAllLines(names).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(CameraName::parse).toList()
                : count != null ? CameraName.demo(count) : List.of();
        lazy |= names == null && count == null;
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        CameraSimulator simulator = lazy ? CameraSimulator.startLazy(port, cameras, cache)
                : CameraSimulator.start(port, cameras, cache);
        String first = cameras.isEmpty() ? CameraName.demo(1).get(0).toString() : cameras.get(0).toString();
        System.out.println("Simulating " + (cameras.isEmpty() ? "" : cameras.size() + " listed cameras")
                + (lazy ? (cameras.isEmpty() ? "" : " and ") + "any well-formed camera name on first request" : "")
                + " on http://127.0.0.1:" + simulator.port() + "/cameras (loops cached in " + cache + ")");
        System.out.println("Example: " + simulator.playlistUri(first) + "  and  " + simulator.liveStreamUri(first));
        if (prepare) {
            long start = System.nanoTime();
            simulator.prepare().join();
            CameraSimulator.EncodingCost cost = simulator.encodingCost();
            System.out.printf("Prepared %d cameras in %.1f s: encoded %d loops, %.3f s of encoder time per loop%n",
                    cameras.size(), (System.nanoTime() - start) / 1e9, cost.loops(),
                    cost.loops() == 0 ? 0.0 : cost.encoderMillis() / 1000.0 / cost.loops());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        new CountDownLatch(1).await();
    }
}
