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
 * java -cp &lt;media classpath&gt; org.pollcam.media.simulator.CameraSimulatorMain --port 8090 --cameras 1000
 *      [--names cameras.txt] [--cache ~/.cache/pollcam-simulator] [--prepare]
 * </pre>
 * {@code --cameras} generates demo names like the demo registry's (constituency 1..125, station number, role
 * overview / ballot_box); {@code --names} reads one camera name a line instead. {@code --prepare} encodes every
 * camera's usual loop in the background right away rather than on first request, and reports the cost.
 */
public final class CameraSimulatorMain {

    private CameraSimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8090;
        int count = 10;
        Path names = null;
        boolean prepare = false;
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "pollcam-simulator");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--cameras" -> count = Integer.parseInt(args[++i]);
                case "--names" -> names = Path.of(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                case "--prepare" -> prepare = true;
                default -> {
                    System.err.println("Usage: CameraSimulatorMain [--port 8090] [--cameras 10 | --names file] "
                            + "[--cache dir] [--prepare]");
                    System.exit(2);
                }
            }
        }
        List<CameraName> cameras = names == null ? CameraName.demo(count)
                : Files.readAllLines(names).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(CameraName::parse).toList();
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        CameraSimulator simulator = CameraSimulator.start(port, cameras, cache);
        String first = cameras.get(0).toString();
        System.out.println("Simulating " + cameras.size() + " cameras on http://127.0.0.1:" + simulator.port()
                + "/cameras (loops cached in " + cache + ")");
        System.out.println("Example: " + simulator.playlistUri(first) + "  and  " + simulator.liveStreamUri(first));
        System.out.println("Faults: curl -X POST http://127.0.0.1:" + simulator.port() + "/cameras/" + first
                + "/fault/FROZEN ; recover: curl -X DELETE .../fault");
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
