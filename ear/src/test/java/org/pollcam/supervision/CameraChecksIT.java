package org.pollcam.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pollcam.Api;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;
import org.pollcam.media.simulator.CameraSimulator;
import org.pollcam.media.simulator.Fault;

/**
 * An operator checks a camera now: the deployed application probes a real H.264 stream from the camera simulator
 * (running in this test) with FFmpeg inside WildFly, and says what a viewer would see, with a masked snapshot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraChecksIT {

    private static CameraSimulator simulator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatedCameras.running();
    }

    @Test
    void anOperatorSeesALiveCameraOnlineAndABlackOneBlack() throws InterruptedException {
        Api api = new Api(base);
        int station = 5_000 + ThreadLocalRandom.current().nextInt(4_000);
        String camera = "124-" + station + "-overview";
        String stream = simulator.playlistUri(camera).toString();
        HttpResponse created = new HttpResponse(api.post("api/stations", Staff.ADMIN, "application/json",
                "{\"constituencyNumber\":124,\"number\":" + station + ",\"address\":\"Check school\","
                        + "\"latitude\":39.3,\"longitude\":46.6,\"registeredVoters\":500,\"cameras\":[{\"role\":"
                        + "\"OVERVIEW\",\"streamUrl\":\"" + stream + "\",\"privacyMask\":\"0,0 0.3,0 0.3,1 0,1\"}]}"));
        assertEquals(201, created.status(), created.body());
        long cameraId = Api.json(created.response).getJsonArray("cameras").getJsonObject(0).getJsonNumber("id")
                .longValue();

        JsonObject online = awaitState(api, cameraId, "ONLINE");
        assertTrue(online.getJsonNumber("frameRate").doubleValue() > 5, online.toString());
        assertEquals("640x360", online.getString("resolution"));
        byte[] snapshot = Base64.getDecoder().decode(online.getString("snapshotJpegBase64"));
        assertTrue(snapshot[0] == (byte) 0xFF && snapshot[1] == (byte) 0xD8, "a JPEG snapshot");

        simulator.inject(camera, Fault.BLACK);
        JsonObject black = awaitState(api, cameraId, "BLACK");
        assertTrue(black.getString("reason").contains("luma"), black.toString());
        assertNotNull(black.getJsonArray("evidence"));

        simulator.recover(camera);
        awaitState(api, cameraId, "ONLINE");
    }

    @Test
    void checksAreForTheControlCenterOnly() {
        Api api = new Api(base);
        assertEquals(401, api.post("api/cameras/1/checks", Staff.ANONYMOUS, "application/json", "").statusCode());
        assertEquals(403, api.post("api/cameras/1/checks", Staff.CLERK, "application/json", "").statusCode());
        assertEquals(403, api.post("api/cameras/1/checks", Staff.AGENT, "application/json", "").statusCode());
        assertEquals(404, api.post("api/cameras/999999997/checks", Staff.OPERATOR, "application/json", "")
                .statusCode());
    }

    private static JsonObject awaitState(Api api, long cameraId, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            var response = api.post("api/cameras/" + cameraId + "/checks", Staff.OPERATOR, "application/json", "");
            assertEquals(200, response.statusCode(), response.body());
            last = Api.json(response);
            if (last.getString("state").equals(state)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("camera " + cameraId + " not " + state + " within 30 s; last check: " + last);
    }

    private record HttpResponse(java.net.http.HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }
    }
}
