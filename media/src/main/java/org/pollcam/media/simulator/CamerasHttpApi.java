package org.pollcam.media.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The simulator's HTTP API under {@code /cameras}:
 * <pre>
 * GET    /cameras                          camera names, one a line
 * GET    /cameras/{name}/index.m3u8        live HLS playlist (404 while off the air)
 * GET    /cameras/{name}/{n}.ts            segment n of the playlist
 * GET    /cameras/{name}/live.ts           endless MPEG-TS paced in real time (stalls while off the air)
 * GET    /cameras/{name}/fault             the current fault, or NONE
 * POST   /cameras/{name}/fault/{FAULT}     inject a fault; answers the first media sequence number showing it
 * DELETE /cameras/{name}/fault             recover; answers the first media sequence number recovered
 * </pre>
 */
final class CamerasHttpApi implements HttpHandler {

    static final String PLAYLIST_TYPE = "application/vnd.apple.mpegurl";
    static final String TRANSPORT_STREAM_TYPE = "video/mp2t";

    private final CameraSimulator simulator;

    CamerasHttpApi(CameraSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            reply(exchange, 500, "text/plain", String.valueOf(e));
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        String[] parts = exchange.getRequestURI().getPath().replaceAll("/+$", "").split("/");
        if (parts.length == 2) {
            reply(exchange, 200, "text/plain", String.join("\n", simulator.cameras()) + "\n");
            return;
        }
        if (parts.length < 4 || !simulator.knows(parts[2])) {
            reply(exchange, 404, "text/plain", "No such camera\n");
            return;
        }
        String camera = parts[2];
        String resource = parts[3];
        if (resource.equals("fault")) {
            fault(exchange, method, camera, parts.length > 4 ? parts[4] : null);
        } else if (!method.equals("GET")) {
            reply(exchange, 405, "text/plain", "GET only\n");
        } else if (resource.equals("index.m3u8")) {
            Optional<String> playlist = simulator.playlist(camera);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            if (playlist.isPresent()) {
                reply(exchange, 200, PLAYLIST_TYPE, playlist.get());
            } else {
                reply(exchange, 404, "text/plain", "Camera off the air\n");
            }
        } else if (resource.equals("live.ts")) {
            if (!simulator.onAir(camera)) {
                reply(exchange, 404, "text/plain", "Camera off the air\n");
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", TRANSPORT_STREAM_TYPE);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                simulator.stream(camera, body);
            }
        } else if (resource.matches("\\d{1,15}\\.ts")) {
            Optional<byte[]> segment = simulator.segment(camera, Long.parseLong(resource.substring(0, resource.length() - 3)));
            if (segment.isEmpty()) {
                reply(exchange, 404, "text/plain", "No such segment\n");
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", TRANSPORT_STREAM_TYPE);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=30");
            exchange.sendResponseHeaders(200, segment.get().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(segment.get());
            }
        } else {
            reply(exchange, 404, "text/plain", "Not found\n");
        }
    }

    private void fault(HttpExchange exchange, String method, String camera, String name) throws IOException {
        switch (method) {
            case "GET" -> reply(exchange, 200, "text/plain",
                    simulator.fault(camera).map(Enum::name).orElse("NONE") + "\n");
            case "DELETE" -> reply(exchange, 200, "text/plain", simulator.recover(camera) + "\n");
            case "POST" -> {
                Optional<Fault> fault = name == null ? Optional.empty() : Fault.of(name);
                if (fault.isEmpty()) {
                    reply(exchange, 400, "text/plain", "Unknown fault; one of " + java.util.Arrays.toString(Fault.values()) + "\n");
                } else {
                    reply(exchange, 200, "text/plain", simulator.inject(camera, fault.get()) + "\n");
                }
            }
            default -> reply(exchange, 405, "text/plain", "GET, POST or DELETE\n");
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
