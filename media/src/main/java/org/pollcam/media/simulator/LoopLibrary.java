package org.pollcam.media.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loops of all simulated cameras, encoded lazily on first use and kept in a cache directory across runs.
 *
 * <p>Why one loop per camera and picture rather than shared loops: the station code must be in the picture (operators
 * check a stream is wired to the right station), and drawing it into shared H.264 would mean decoding and encoding
 * again on every request. Encoding a 4 s loop once costs about 0.1 s of one core (measured by
 * {@code bench/simulator.sh}); a camera usually needs only its NORMAL loop, the others only once a fault is injected.
 * So a thousand demo cameras cost under two minutes of one core once (in the background, at most {@code encoders} at a
 * time, and never again thanks to the cache) and then nothing but header rewriting per request.
 */
final class LoopLibrary implements AutoCloseable {

    private final Path directory;
    private final LoopFormat format;
    private final LoopRecorder recorder;
    private final ExecutorService encoders;
    private final Map<String, CompletableFuture<TransportStreamLoop>> loops = new ConcurrentHashMap<>();
    private final AtomicInteger encoded = new AtomicInteger();
    private final AtomicLong encodingNanos = new AtomicLong();

    LoopLibrary(Path cacheDirectory, LoopFormat format, int encoders) {
        this.directory = cacheDirectory.resolve(format.cacheKey());
        this.format = format;
        this.recorder = new LoopRecorder(format);
        AtomicInteger threads = new AtomicInteger();
        this.encoders = Executors.newFixedThreadPool(encoders, task -> {
            Thread thread = new Thread(task, "loop-encoder-" + threads.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** The loop, encoding it first if no run has done so yet; waits while it is being encoded. */
    TransportStreamLoop loop(CameraName camera, Picture picture) {
        return prepare(camera, picture).join();
    }

    /** Starts encoding the loop in the background if needed. */
    CompletableFuture<TransportStreamLoop> prepare(CameraName camera, Picture picture) {
        String key = camera + "/" + picture.name().toLowerCase(Locale.ROOT);
        CompletableFuture<TransportStreamLoop> loop = loops.computeIfAbsent(key,
                k -> CompletableFuture.supplyAsync(() -> load(camera, picture, directory.resolve(k + ".ts")), encoders));
        if (loop.isCompletedExceptionally()) {
            loops.remove(key, loop);
        }
        return loop;
    }

    private TransportStreamLoop load(CameraName camera, Picture picture, Path file) {
        try {
            if (!Files.exists(file)) {
                long start = System.nanoTime();
                recorder.record(camera, picture, file);
                encodingNanos.addAndGet(System.nanoTime() - start);
                encoded.incrementAndGet();
            }
            TransportStreamLoop loop = TransportStreamLoop.read(file, format);
            if (loop.frames() != format.loopSeconds() * picture.framesPerSecond()) {
                Files.delete(file);
                throw new IOException("Incomplete loop, deleted: " + file);
            }
            return loop;
        } catch (IOException e) {
            throw new CompletionException(new UncheckedIOException(e));
        }
    }

    /** How many loops this run had to encode (the others came from the cache). */
    int encodedLoops() {
        return encoded.get();
    }

    /** Wall time spent encoding loops in this run, summed over the encoder threads. */
    long encodingMillis() {
        return encodingNanos.get() / 1_000_000;
    }

    @Override
    public void close() {
        encoders.shutdownNow();
    }
}
