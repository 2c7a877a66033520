import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Event-to-screen latency: signs in as an operator, opens the control-center dashboard, connects to its Faces
 * WebSocket channel (the URL the page gives faces.push.init, with the operator's session cookie), then, one at a
 * time, pushes a state change for a camera (REST, encoder token) and waits until the dashboard's socket delivers
 * that camera's new state. The time counts from just before the push is sent.
 * Usage: ScreenLatency <base url> <file of "cameraId token" lines> <samples> <operator user> <password>
 */
public class ScreenLatency {

    private static final Pattern CHANNEL = Pattern.compile("(wss?://[^'\"\\s]*?)?(/[^'\"\\s]*jakarta\\.faces\\.push/cameraStates\\?[^'\"\\s]+)");
    private static final Pattern CHANGE = Pattern.compile("\"type\":\"state\".*?\"camera\":(\\d+).*?\"state\":\"(\\w+)\"");

    record Delivery(long camera, String state, long at) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> cameras = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).toList();
        int samples = Integer.parseInt(args[2]);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

        URI dashboard = URI.create(base + "/control/dashboard.xhtml");
        http.send(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(args[3], StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(args[4], StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String page = http.send(HttpRequest.newBuilder(dashboard).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher channel = CHANNEL.matcher(page);
        if (!channel.find()) {
            throw new IllegalStateException("No cameraStates channel on the dashboard (not signed in?)");
        }
        URI socketUri = URI.create(channel.group(1) != null ? channel.group(1) + channel.group(2)
                : base.replaceFirst("^http", "ws") + channel.group(2));
        String cookie = cookies.getCookieStore().get(URI.create(base)).stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));

        BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().header("Cookie", cookie)
                .buildAsync(socketUri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        long at = System.nanoTime();
                        text.append(data);
                        if (last) {
                            Matcher m = CHANGE.matcher(text.toString().replace("\\\"", "\""));
                            while (m.find()) {
                                deliveries.add(new Delivery(Long.parseLong(m.group(1)), m.group(2), at));
                            }
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        System.out.println("dashboard socket: " + socketUri.getPath() + "?...");

        long[] latencies = new long[samples];
        long[] posts = new long[samples];
        int missed = 0;
        for (int i = 0; i < samples; i++) {
            String[] camera = cameras.get(i % cameras.size());
            long cameraId = Long.parseLong(camera[0]);
            String state = (i / cameras.size()) % 2 == 0 ? "DEGRADED" : "ONLINE";
            String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"sequence\":" + (i + 1)
                    + ",\"sourceTime\":\"" + Instant.now() + "\",\"state\":\"" + state + "\"}";
            deliveries.clear();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/cameras/" + cameraId + "/events"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + camera[1])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            posts[i] = System.nanoTime() - t0;
            if (response.statusCode() != 202) {
                throw new IllegalStateException("push refused: " + response.statusCode() + " " + response.body());
            }
            latencies[i] = -1;
            long deadline = t0 + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                Delivery d = deliveries.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (d != null && d.camera() == cameraId && d.state().equals(state)) {
                    latencies[i] = d.at() - t0;
                    break;
                }
            }
            if (latencies[i] < 0) {
                missed++;
            }
            Thread.sleep(50);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        long[] seen = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        Arrays.sort(posts);
        System.out.printf("RESULT event to screen: %d samples over %d cameras, %d not seen within 10 s;"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms (the push alone: p50 %.1f ms, p99 %.1f ms)%n",
                samples, cameras.size(), missed, pct(seen, 50), pct(seen, 99),
                seen.length == 0 ? Double.NaN : seen[seen.length - 1] / 1e6, pct(posts, 50), pct(posts, 99));
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
