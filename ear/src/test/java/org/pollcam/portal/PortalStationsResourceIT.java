package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pollcam.Api;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;

/** The public API as an anonymous client uses it: cacheable reads, heartbeats that publish a camera on demand. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalStationsResourceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void stationsCarryTheirAirStateAnETagAndAPublicCacheLife() {
        Api api = new Api(base);
        HttpResponse<String> first = api.get("api/public/stations?constituency=1&size=50", Staff.ANONYMOUS);

        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=30"));
        JsonObject page = Api.json(first);
        assertTrue(page.getInt("total") > 0);
        assertTrue(page.getJsonArray("items").getJsonObject(0).containsKey("onAir"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, api.get("api/public/stations?constituency=1&size=50", Staff.ANONYMOUS,
                "If-None-Match", etag).statusCode());
        assertEquals(400, api.get("api/public/stations?page=abc", Staff.ANONYMOUS).statusCode());
    }

    @Test
    void aStationOnAirListsItsCamerasWithPublicPlaylistsAndNoStreamAddress() {
        Api api = new Api(base);
        JsonObject station = OnAirStations.first(api);
        HttpResponse<String> response = api.get("api/public/stations/" + station.getJsonNumber("id"),
                Staff.ANONYMOUS);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertFalse(response.body().contains("127.0.0.1") || response.body().contains("streamUrl"), response.body());
        assertEquals("VOTING", station.getString("phase"));
        JsonObject camera = station.getJsonArray("cameras").getJsonObject(0);
        assertTrue(camera.getBoolean("onAir"));
        assertEquals("/media/live/" + camera.getJsonNumber("id") + "/index.m3u8", camera.getString("playlist"));
        assertEquals(404, api.get("api/public/stations/999999999", Staff.ANONYMOUS).statusCode());
    }

    @Test
    void heartbeatsPublishTheCameraAndCountItsViewers() throws InterruptedException {
        SimulatedCameras.running();
        Api api = new Api(base);
        JsonObject camera = OnAirStations.first(api).getJsonArray("cameras").getJsonObject(0);
        String path = "api/public/cameras/" + camera.getJsonNumber("id") + "/viewers";

        JsonObject watch = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            api.post(path, Staff.ANONYMOUS, "application/json", "{\"viewer\":\"api-test-viewer-2\"}");
            watch = Api.json(api.post(path, Staff.ANONYMOUS, "application/json", "{\"viewer\":\"api-test-viewer-1\"}"));
            if ("LIVE".equals(watch.getString("state"))) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals("LIVE", watch.getString("state"), watch.toString());
        assertTrue(watch.getInt("viewers") >= 2, watch.toString());
        HttpResponse<String> playlist = api.get(watch.getString("playlist").substring(1), Staff.ANONYMOUS);
        assertEquals(200, playlist.statusCode());
        assertTrue(playlist.body().startsWith("#EXTM3U") && playlist.body().contains(".ts"), playlist.body());
        assertTrue(playlist.headers().firstValue("Content-Type").orElse("").contains("mpegurl"));

        assertEquals(400, api.post(path, Staff.ANONYMOUS, "application/json", "{\"viewer\":\"<x>\"}").statusCode());
        assertEquals(404, api.post("api/public/cameras/999999999/viewers", Staff.ANONYMOUS, "application/json",
                "{\"viewer\":\"api-test-viewer-1\"}").statusCode());
    }

    @Test
    void onlyTheControlCenterRecordsASignedProtocolAndNotBeforeTheCount() {
        Api api = new Api(base);
        long id = OnAirStations.first(api).getJsonNumber("id").longValue();

        assertEquals(401, api.put("api/stations/" + id + "/protocol", Staff.ANONYMOUS, "").statusCode());
        assertEquals(403, api.put("api/stations/" + id + "/protocol", Staff.CLERK, "").statusCode());
        // the test server's election is voting: a protocol cannot be signed yet, and the station stays on air
        assertEquals(409, api.put("api/stations/" + id + "/protocol", Staff.OPERATOR, "").statusCode());
        assertEquals(404, api.put("api/stations/999999999/protocol", Staff.ADMIN, "").statusCode());
        assertTrue(Api.json(api.get("api/public/stations/" + id, Staff.ANONYMOUS)).getBoolean("onAir"));
    }

    @Test
    void theSummaryCountsStationsOnAir() {
        JsonObject summary = Api.json(new Api(base).get("api/public/summary", Staff.ANONYMOUS));
        assertEquals("VOTING", summary.getString("phase"));
        assertEquals(8, summary.getInt("stationsOnAir"), summary.toString());
    }
}
