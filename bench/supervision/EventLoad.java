import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * End-to-end persistent camera events: many encoders push state events (REST, 202 once on the persistent queue) for
 * a set of cameras for a fixed time and prints how many were accepted and when the first was sent (the caller then
 * waits until the server has applied them all). Each camera's events alternate ONLINE / DEGRADED, so every applied
 * event is a state change that also goes to the live screens' topic.
 * Usage: EventLoad <base url> <file of "cameraId token" lines> <clients> <seconds>
 */
public class EventLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> cameras = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).toList();
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        AtomicLongArray sequences = new AtomicLongArray(cameras.size());
        LongAdder accepted = new LongAdder();
        LongAdder refused = new LongAdder();
        AtomicBoolean firstError = new AtomicBoolean();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                for (long k = 0; System.nanoTime() < end; k++) {
                    int camera = (int) ((client + k * clients) % cameras.size());
                    long sequence = sequences.incrementAndGet(camera);
                    String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"sequence\":" + sequence
                            + ",\"sourceTime\":\"" + Instant.now() + "\",\"state\":\""
                            + (sequence % 2 == 0 ? "ONLINE" : "DEGRADED") + "\"}";
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create(base + "/api/cameras/" + cameras.get(camera)[0] + "/events"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + cameras.get(camera)[1])
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (n < mine.length) {
                            mine[n++] = System.nanoTime() - t0;
                        }
                        if (response.statusCode() == 202) {
                            accepted.increment();
                        } else {
                            refused.increment();
                            if (firstError.compareAndSet(false, true)) {
                                System.err.println("push refused: " + response.statusCode() + " " + response.body());
                            }
                        }
                    } catch (Exception e) {
                        refused.increment();
                        if (firstError.compareAndSet(false, true)) {
                            System.err.println("push failed: " + e);
                        }
                    }
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long pushed = System.nanoTime();
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        double pushSeconds = (pushed - start) / 1e9;
        System.out.printf("pushes: %d accepted (202), %d refused, by %d clients over %d cameras in %.1f s = %.0f/s;"
                        + " POST p50 %.1f ms, p99 %.1f ms%n", accepted.sum(), refused.sum(), clients, cameras.size(),
                pushSeconds, accepted.sum() / pushSeconds, percentile(all, 50), percentile(all, 99));
        System.out.println("ACCEPTED=" + accepted.sum());
        System.out.println("PUSH_START_MS=" + startMillis);
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
