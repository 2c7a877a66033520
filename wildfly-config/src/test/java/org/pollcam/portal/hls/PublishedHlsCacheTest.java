package org.pollcam.portal.hls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;

/** A real Undertow with the filter in front of its file handler, as WildFly's /media location has it. */
class PublishedHlsCacheTest {
    private static final int MAX_FILE_BYTES = 64 * 1024;

    @TempDir
    Path root;
    private Path media;
    private final AtomicInteger fileHandlerRequests = new AtomicInteger();
    private Undertow server;
    private PublishedHlsCache cache;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @BeforeEach
    void start() throws IOException {
        media = Files.createDirectories(root.resolve("media"));
        ResourceHandler files = new ResourceHandler(new PathResourceManager(media));
        cache = new PublishedHlsCache(exchange -> {
            fileHandlerRequests.incrementAndGet();
            files.handleRequest(exchange);
        });
        cache.setFolder(media.toString());
        cache.setMaxBytes(4 * MAX_FILE_BYTES);
        cache.setMaxFileBytes(MAX_FILE_BYTES);
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.path().addPrefixPath("/media", cache)).build();
        server.start();
        base = "http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPlaylistIsReadOnceAndThenServedFromMemory() throws Exception {
        write("live/7/index.m3u8", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n");

        HttpResponse<String> first = get("/media/live/7/index.m3u8");
        HttpResponse<String> second = get("/media/live/7/index.m3u8");

        assertEquals(200, second.statusCode());
        assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n", second.body());
        assertEquals(first.body(), second.body());
        assertEquals("application/vnd.apple.mpegurl", second.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(second.headers().firstValue("Last-Modified").isPresent());
        assertEquals(0, fileHandlerRequests.get(), "never read by the file handler");
    }

    @Test
    void aPlaylistRenamedOverTheOldOneIsServedAtTheNextRequest() throws Exception {
        write("live/7/index.m3u8", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n");
        get("/media/live/7/index.m3u8");

        Path next = write("live/7/index.m3u8.tmp", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:2\n");
        Files.move(next, media.resolve("live/7/index.m3u8"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);

        assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:2\n", get("/media/live/7/index.m3u8").body());
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsReadAgainByItsTime() throws Exception {
        Path playlist = write("live/7/index.m3u8", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n");
        Files.setLastModifiedTime(playlist, FileTime.from(Instant.parse("2026-12-04T08:00:00Z")));
        get("/media/live/7/index.m3u8");

        write("live/7/index.m3u8", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:9\n");

        assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:9\n", get("/media/live/7/index.m3u8").body());
    }

    @Test
    void aSegmentIsServedWithItsBytesAndADeletedOneIsGone() throws Exception {
        byte[] segment = randomBytes(25_000);
        Files.createDirectories(media.resolve("live/7"));
        Files.write(media.resolve("live/7/s-00001.ts"), segment);

        HttpResponse<byte[]> served = getBytes("/media/live/7/s-00001.ts");
        assertArrayEquals(segment, served.body());
        assertArrayEquals(segment, getBytes("/media/live/7/s-00001.ts").body());
        assertEquals("video/mp2t", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("25000", served.headers().firstValue("Content-Length").orElseThrow());

        Files.delete(media.resolve("live/7/s-00001.ts"));
        assertEquals(404, get("/media/live/7/s-00001.ts").statusCode());
    }

    @Test
    void aBrowserRevalidatingAnUnchangedPlaylistGetsNotModified() throws Exception {
        write("live/7/index.m3u8", "#EXTM3U\n");
        String lastModified = get("/media/live/7/index.m3u8").headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> revalidated = http.send(HttpRequest.newBuilder(URI.create(base + "/media/live/7/index.m3u8"))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(304, revalidated.statusCode());
        assertEquals(0, fileHandlerRequests.get());
    }

    @Test
    void rangesOtherFilesAndLargeFilesAreLeftToTheFileHandler() throws Exception {
        byte[] large = randomBytes(MAX_FILE_BYTES + 1);
        Files.createDirectories(media.resolve("live/7"));
        Files.write(media.resolve("live/7/large.ts"), large);
        Files.write(media.resolve("live/7/snapshot.jpg"), randomBytes(100));
        write("live/7/index.m3u8", "#EXTM3U\n");

        assertArrayEquals(large, getBytes("/media/live/7/large.ts").body());
        assertEquals(200, getBytes("/media/live/7/snapshot.jpg").statusCode());
        HttpResponse<String> range = http.send(HttpRequest.newBuilder(URI.create(base + "/media/live/7/index.m3u8"))
                .header("Range", "bytes=0-3").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(206, range.statusCode());
        assertEquals("#EXT", range.body());
        assertEquals(3, fileHandlerRequests.get());
    }

    @Test
    void nothingOutsideTheMediaFolderIsServed() throws Exception {
        Files.writeString(root.resolve("secret.ts"), "not for viewers");

        HttpResponse<String> response = get("/media/%2e%2e/secret.ts");

        assertFalse(response.body().contains("not for viewers"), response.body());
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
    }

    @Test
    void aFolderLinkedFromOutsideIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("index.m3u8"), "#EXTM3U\n# not published\n");
        Files.createSymbolicLink(media.resolve("linked"), outside);

        HttpResponse<String> response = get("/media/linked/index.m3u8");

        assertEquals(404, response.statusCode());
        assertEquals(1, fileHandlerRequests.get(), "left to the file handler, which refuses links");
    }

    @Test
    void theMemoryKeptStaysWithinItsBound() throws Exception {
        Files.createDirectories(media.resolve("live/7"));
        for (int n = 1; n <= 20; n++) {
            Files.write(media.resolve("live/7/s-%05d.ts".formatted(n)), randomBytes(MAX_FILE_BYTES));
            assertEquals(200, getBytes("/media/live/7/s-%05d.ts".formatted(n)).statusCode());
        }

        long held = cache.bytesHeld();
        assertTrue(held <= 4L * MAX_FILE_BYTES, held + " bytes held");
        assertTrue(held > 0, "the latest segments are kept");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = media.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
