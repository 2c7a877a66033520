package org.pollcam.media.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated polling station cameras serving real H.264 on loopback, for development, demos and the probes' tests:
 * per camera a live HLS playlist ({@code /cameras/<name>/index.m3u8}, 2 s MPEG-TS segments, a sliding window of
 * {@value #WINDOW} segments, the media sequence advancing with wall time) and an endless MPEG-TS download paced in
 * real time ({@code /cameras/<name>/live.ts}), the pull protocol a station encoder offers.
 *
 * <p>Nothing is encoded live. Each camera's loops are encoded once ({@link LoopLibrary}) and replayed: segment
 * {@code n} of the live stream is segment {@code n % segmentsPerLoop} of the loop of the picture the camera had at
 * that time, with PTS/DTS/PCR shifted by whole loops and continuity counters renumbered ({@link TransportStreamLoop}),
 * so time runs on across loop wraps and both HLS and MPEG-TS readers see one continuous stream. Segment {@code n}
 * covers wall time {@code [epoch + n * 2 s, epoch + (n + 1) * 2 s)} and is published when it ends; the epoch lies
 * {@value #WINDOW} segments before the start, so playlists are full from the first request.
 *
 * <p>Faults ({@link #inject}) apply from the segment being recorded, hence show within one segment duration; OFFLINE
 * and a FLAPPING camera's down phases act at once: playlist and segments answer 404 and open MPEG-TS downloads stall
 * (the connection stays open, no bytes flow) until the camera is back.
 *
 * <p>A lazy simulator ({@link #startLazy}) also serves every well-formed camera name it was not given, registering
 * the camera on its first request: the application's demo registry names its cameras, the simulator cannot know the
 * list, and a camera nobody asks for costs nothing. A name that is not in canonical {@link CameraName} form (e.g.
 * {@code 012-34-overview}, {@code 12-34-Overview}) stays unknown, so a typo in the registry shows as a 404.
 */
public final class CameraSimulator implements AutoCloseable {

    /** Segments listed in a live playlist. */
    public static final int WINDOW = 5;

    private record SimulatedCamera(CameraName name, FaultTimeline timeline) {
    }

    private final Map<String, SimulatedCamera> cameras = new LinkedHashMap<>();
    private final boolean lazy;
    private final LoopFormat format;
    private final LoopLibrary loops;
    private final long epochMillis;
    private final HttpServer server;
    private final ExecutorService requests;

    private CameraSimulator(Collection<CameraName> names, boolean lazy, Path cacheDirectory, LoopFormat format,
            int encoders, int port) throws IOException {
        for (CameraName name : names) {
            cameras.put(name.toString(), new SimulatedCamera(name, new FaultTimeline()));
        }
        this.lazy = lazy;
        this.format = format;
        this.loops = new LoopLibrary(cacheDirectory, format, encoders);
        this.epochMillis = System.currentTimeMillis() - WINDOW * format.segmentMillis();
        AtomicInteger threads = new AtomicInteger();
        this.requests = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "camera-simulator-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        server.createContext("/cameras", new CamerasHttpApi(this));
        server.setExecutor(requests);
        server.start();
    }

    /**
     * Starts serving the cameras on 127.0.0.1 ({@code port} 0: any free port), loops of {@link LoopFormat#DEFAULT}
     * cached under {@code cacheDirectory}, encoding on all cores but one.
     */
    public static CameraSimulator start(int port, Collection<CameraName> cameras, Path cacheDirectory)
            throws IOException {
        return new CameraSimulator(cameras, false, cacheDirectory, LoopFormat.DEFAULT, defaultEncoders(), port);
    }

    public static CameraSimulator start(int port, Collection<CameraName> cameras, Path cacheDirectory,
            LoopFormat format, int encoders) throws IOException {
        return new CameraSimulator(cameras, false, cacheDirectory, format, encoders, port);
    }

    /**
     * Like {@link #start(int, Collection, Path)}, and also serves any other well-formed camera name from its first
     * request on (its loops encoded then, as for the listed ones).
     */
    public static CameraSimulator startLazy(int port, Collection<CameraName> cameras, Path cacheDirectory)
            throws IOException {
        return new CameraSimulator(cameras, true, cacheDirectory, LoopFormat.DEFAULT, defaultEncoders(), port);
    }

    private static int defaultEncoders() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Whether cameras not listed at the start are served on first request. */
    public boolean lazy() {
        return lazy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The cameras served so far: the listed ones, then those a lazy simulator registered, in order of arrival. */
    public List<String> cameras() {
        synchronized (cameras) {
            return List.copyOf(cameras.keySet());
        }
    }

    public LoopFormat format() {
        return format;
    }

    public URI playlistUri(String camera) {
        return URI.create("http://127.0.0.1:" + port() + "/cameras/" + camera(camera).name() + "/index.m3u8");
    }

    public URI liveStreamUri(String camera) {
        return URI.create("http://127.0.0.1:" + port() + "/cameras/" + camera(camera).name() + "/live.ts");
    }

    /**
     * Gives the camera a fault from the segment now being recorded on; waits for the fault's loop to be encoded if
     * this is its first use. Returns the media sequence number of the first segment that shows the fault.
     */
    public long inject(String camera, Fault fault) {
        SimulatedCamera target = camera(camera);
        loops.loop(target.name(), fault.picture());
        long from = currentSegment();
        target.timeline().set(from, fault);
        return from;
    }

    /** Brings the camera back to its usual picture; returns the media sequence number of the first recovered segment. */
    public long recover(String camera) {
        SimulatedCamera target = camera(camera);
        loops.loop(target.name(), Picture.NORMAL);
        long from = currentSegment();
        target.timeline().set(from, null);
        return from;
    }

    /** The camera's fault now, empty when it works normally. */
    public Optional<Fault> fault(String camera) {
        return camera(camera).timeline().faultAt(currentSegment());
    }

    /** Encodes in the background the usual loop of every camera not yet in the cache; completes when all are ready. */
    public CompletableFuture<Void> prepare() {
        List<SimulatedCamera> known;
        synchronized (cameras) {
            known = List.copyOf(cameras.values());
        }
        return CompletableFuture.allOf(known.stream()
                .map(c -> loops.prepare(c.name(), Picture.NORMAL))
                .toArray(CompletableFuture[]::new));
    }

    /** What encoding loops has cost this run: loops that were not in the cache, and the encoder time they took. */
    public record EncodingCost(int loops, long encoderMillis) {
    }

    public EncodingCost encodingCost() {
        return new EncodingCost(loops.encodedLoops(), loops.encodingMillis());
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        loops.close();
    }

    long currentSegment() {
        return Math.floorDiv(System.currentTimeMillis() - epochMillis, format.segmentMillis());
    }

    /** Whether the camera is served; a lazy simulator registers a well-formed name it has not seen yet. */
    boolean knows(String camera) {
        return find(camera).isPresent();
    }

    private SimulatedCamera camera(String camera) {
        return find(camera).orElseThrow(() -> new NoSuchElementException("No simulated camera " + camera));
    }

    private Optional<SimulatedCamera> find(String camera) {
        synchronized (cameras) {
            SimulatedCamera found = cameras.get(camera);
            if (found != null || !lazy) {
                return Optional.ofNullable(found);
            }
            Optional<CameraName> name = CameraName.canonical(camera);
            name.ifPresent(n -> cameras.put(camera, new SimulatedCamera(n, new FaultTimeline())));
            return name.map(n -> cameras.get(camera));
        }
    }

    Optional<String> playlist(String camera) {
        return camera(camera).timeline().playlist(currentSegment(), WINDOW, format.segmentSeconds());
    }

    /** A published segment the camera delivered, kept a while after it left the playlist for slow clients. */
    Optional<byte[]> segment(String camera, long n) {
        SimulatedCamera target = camera(camera);
        long current = currentSegment();
        if (n >= current || n < current - 3 * WINDOW || !target.timeline().onAir(n)) {
            return Optional.empty();
        }
        Picture picture = target.timeline().pictureAt(n);
        boolean afterAnotherLoop = picture != target.timeline().pictureAt(n - 1);
        return Optional.of(loops.loop(target.name(), picture).segment(n, afterAnotherLoop));
    }

    /** Whether a new MPEG-TS download would get bytes now. */
    boolean onAir(String camera) {
        return camera(camera).timeline().onAir(currentSegment());
    }

    /**
     * Writes the camera's live MPEG-TS until the client goes away: from the start of the segment being recorded (its
     * keyframe), then each frame when its time comes. While the camera is off the air nothing is written.
     */
    void stream(String camera, OutputStream out) throws IOException, InterruptedException {
        SimulatedCamera target = camera(camera);
        FaultTimeline timeline = target.timeline();
        int[] next = new int[8192];
        Arrays.fill(next, -1);
        TransportStreamLoop.ContinuityCounters running = (pid, counter, payload) -> {
            if (next[pid] < 0) {
                next[pid] = counter;
            }
            if (!payload) {
                return (next[pid] + 15) & 15;
            }
            int value = next[pid];
            next[pid] = (value + 1) & 15;
            return value;
        };
        long n = currentSegment();
        while (true) {
            if (!timeline.onAir(currentSegment())) {
                while (!timeline.onAir(currentSegment())) {
                    Thread.sleep(100);
                }
                n = currentSegment();
            }
            TransportStreamLoop loop = loops.loop(target.name(), timeline.pictureAt(n));
            byte[] segment = loop.segment(n, running);
            int[] framePackets = loop.framePackets(n);
            long[] frameMillis = loop.frameMillis(n);
            long start = epochMillis + n * format.segmentMillis();
            int sent = 0;
            for (int f = 0; f < framePackets.length && sent >= 0; f++) {
                if (!waitUntil(start + frameMillis[f], timeline)) {
                    sent = -1;
                    break;
                }
                int end = f + 1 < framePackets.length ? framePackets[f + 1] * TransportStreamLoop.PACKET : segment.length;
                out.write(segment, sent, end - sent);
                out.flush();
                sent = end;
            }
            n++;
        }
    }

    /** Sleeps until {@code due}; false as soon as the camera goes off the air. */
    private boolean waitUntil(long due, FaultTimeline timeline) throws InterruptedException {
        while (true) {
            if (!timeline.onAir(currentSegment())) {
                return false;
            }
            long wait = due - System.currentTimeMillis();
            if (wait <= 0) {
                return true;
            }
            Thread.sleep(Math.min(wait, 100));
        }
    }
}
