package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lazy simulator serves the demo registry's cameras without knowing their list: any canonical camera name gets a
 * live playlist and segments on first request; anything else stays 404, as does an unlisted name on a simulator
 * that is not lazy.
 */
class LazyCamerasTest {

    private static final String LISTED = "1-1-overview";

    @TempDir
    static Path cache;
    private static CameraSimulator lazy;
    private static CameraSimulator strict;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startSimulators() throws Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        lazy = CameraSimulator.startLazy(0, List.of(CameraName.parse(LISTED)), cache);
        strict = CameraSimulator.start(0, List.of(CameraName.parse(LISTED)), cache);
    }

    @AfterAll
    static void stopSimulators() {
        lazy.close();
        strict.close();
    }

    @Test
    void anUnlistedWellFormedNameGetsALivePlaylistAndSegmentsOnFirstRequest() throws Exception {
        assertFalse(lazy.cameras().contains("12-34-ballot_box"));
        HttpResponse<String> playlist = get(lazy, "12-34-ballot_box/index.m3u8");
        assertEquals(200, playlist.statusCode());
        assertTrue(playlist.body().startsWith("#EXTM3U"), playlist.body());
        String segment = playlist.body().lines().filter(l -> l.endsWith(".ts")).reduce((a, b) -> b).orElseThrow();
        HttpResponse<byte[]> bytes = http.send(request(lazy, "12-34-ballot_box/" + segment), BodyHandlers.ofByteArray());
        assertEquals(200, bytes.statusCode());
        assertEquals(0x47, bytes.body()[0], "an MPEG-TS sync byte");
        assertEquals(List.of(LISTED, "12-34-ballot_box"), lazy.cameras());
        assertTrue(get(lazy, "").body().contains("12-34-ballot_box"));
    }

    @Test
    void listedCamerasAndFaultsWorkAsBefore() throws Exception {
        assertEquals(200, get(lazy, LISTED + "/index.m3u8").statusCode());
        HttpResponse<String> injected = http.send(HttpRequest.newBuilder(uri(lazy, "99-7-overview/fault/BLACK"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertEquals(200, injected.statusCode());
        assertEquals(Optional.of(Fault.BLACK), lazy.fault("99-7-overview"));
    }

    @Test
    void anIllFormedNameStays404() {
        for (String name : List.of("nonsense", "12-34", "012-34-overview", "12-34-Overview", "12-34-overview-2",
                "-1-34-overview", "12-34-")) {
            assertEquals(404, get(lazy, name + "/index.m3u8").statusCode(), name);
        }
        assertEquals(List.of(LISTED), lazy.cameras().stream().filter(c -> !c.contains("12-34") && !c.startsWith("99"))
                .toList());
    }

    @Test
    void aSimulatorThatIsNotLazyServesOnlyItsList() {
        assertEquals(200, get(strict, LISTED + "/index.m3u8").statusCode());
        assertEquals(404, get(strict, "12-34-overview/index.m3u8").statusCode());
        assertEquals(List.of(LISTED), strict.cameras());
    }

    @Test
    void canonicalNamesOnly() {
        assertEquals(Optional.of(new CameraName(12, 34, "overview")), CameraName.canonical("12-34-overview"));
        assertEquals(Optional.empty(), CameraName.canonical("012-34-overview"));
        assertEquals(Optional.empty(), CameraName.canonical(" 12-34-overview"));
        assertEquals(Optional.empty(), CameraName.canonical(null));
    }

    private static URI uri(CameraSimulator simulator, String path) {
        return URI.create("http://127.0.0.1:" + simulator.port() + "/cameras/" + path);
    }

    private static HttpRequest request(CameraSimulator simulator, String path) {
        return HttpRequest.newBuilder(uri(simulator, path)).timeout(Duration.ofSeconds(30)).build();
    }

    private static HttpResponse<String> get(CameraSimulator simulator, String path) {
        try {
            return http.send(request(simulator, path), BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
