package org.pollcam;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the deployed API, as any API user would call it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public HttpResponse<String> get(String path, Staff caller, String... headers) {
        return send(request(path, caller, headers).GET(), caller);
    }

    public HttpResponse<String> post(String path, Staff caller, String contentType, String body) {
        return send(request(path, caller).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), caller);
    }

    public HttpResponse<String> put(String path, Staff caller, String json) {
        return send(request(path, caller).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), caller);
    }

    public HttpResponse<String> delete(String path, Staff caller) {
        return send(request(path, caller).DELETE(), caller);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) structure(response);
    }

    public static JsonStructure structure(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path, Staff caller, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (caller.basicAuthorization() != null) {
            request.header("Authorization", caller.basicAuthorization());
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Staff caller) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
