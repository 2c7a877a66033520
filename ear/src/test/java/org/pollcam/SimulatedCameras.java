package org.pollcam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pollcam.media.simulator.CameraSimulator;

/**
 * The cameras of the test server's demo election: one lazy simulator for the whole suite on {@code it.simulator.port},
 * the port the server's {@code pollcam.demo.stream-base} points at. Any camera name is served on first request.
 * Started by the first test that needs it and left running until the test JVM ends.
 */
public final class SimulatedCameras {

    private static CameraSimulator simulator;

    private SimulatedCameras() {
    }

    public static synchronized CameraSimulator running() {
        if (simulator == null) {
            try {
                Path cache = Path.of(System.getProperty("it.base.dir", "target"), "camera-simulator");
                Files.createDirectories(cache);
                simulator = CameraSimulator.startLazy(Integer.getInteger("it.simulator.port", 8091), List.of(), cache);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        }
        return simulator;
    }
}
