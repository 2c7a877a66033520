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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end persistent camera events: many encoders push state events (REST, 202 once on the persistent queue) for
 * a set of cameras for a fixed time; then waits until the server has applied every accepted event (the
 * {@code pollcam_camera_events_total} counter: timeline row written by the MDB). Each camera's events alternate
 * ONLINE / DEGRADED, so every applied event is a state change that also goes to the live screens' topic.
 * Usage: EventLoad <base url> <metrics url> <file of "cameraId token" lines> <clients> <seconds>
 */
public class EventLoad {

    private static final Pattern APPLIED = Pattern.compile("(?m)^pollcam_camera_events_total(?:\\{[^}]*})? (\\S+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String metrics = args[1];
        List<String[]> cameras = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).toList();
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        AtomicLongArray sequences = new AtomicLongArray(cameras.size());
        LongAdder accepted = new LongAdder();
        LongAdder refused = new LongAdder();
        AtomicBoolean firstError = new AtomicBoolean();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        double before = applied(http, metrics);
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
        long total = accepted.sum();
        double target = before + total;
        double now = before;
        long appliedAt = pushed;
        long deadline = pushed + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            now = applied(http, metrics);
            appliedAt = System.nanoTime();
            if (now >= target) {
                break;
            }
            Thread.sleep(100);
        }
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        double pushSeconds = (pushed - start) / 1e9;
        double appliedSeconds = (appliedAt - start) / 1e9;
        long applied = Math.round(now - before);
        System.out.printf("pushes: %d accepted (202), %d refused, by %d clients over %d cameras in %.1f s = %.0f/s;"
                        + " POST p50 %.1f ms, p99 %.1f ms%n", total, refused.sum(), clients, cameras.size(),
                pushSeconds, total / pushSeconds, percentile(all, 50), percentile(all, 99));
        System.out.printf("applied: %d of %d accepted events, the last %.1f s after the last push;"
                        + " %.1f s from the first push to the last applied%n", applied, total,
                (appliedAt - pushed) / 1e9, appliedSeconds);
        System.out.printf("E2E_RATE=%.1f%n", applied / appliedSeconds);
        if (applied < total) {
            System.out.println("NOT ALL ACCEPTED EVENTS WERE APPLIED within 300 s");
        }
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static double applied(HttpClient http, String metrics) throws Exception {
        String text = http.send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = APPLIED.matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
