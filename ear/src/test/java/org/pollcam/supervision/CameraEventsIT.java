package org.pollcam.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pollcam.Api;
import org.pollcam.PollCamDeployment;
import org.pollcam.Staff;

/**
 * Encoders push events with their camera's token: answered 202 once queued, applied once per event id, and the
 * camera's state is the newest event's whatever the order of arrival.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraEventsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void eventsSentTwiceAndOutOfOrderLeaveTheSameStateAndTimeline() throws Exception {
        Api api = new Api(base);
        Camera inOrder = newCamera(api);
        Camera shuffled = newCamera(api);
        List<String[]> first = events();
        List<String[]> second = events();
        for (String[] event : first) {
            assertEquals(202, push(inOrder, event).statusCode());
        }
        for (int index : new int[] {2, 0, 1, 0, 2}) {
            assertEquals(202, push(shuffled, second.get(index)).statusCode());
        }
        JsonObject expected = SupervisionIT.await("three entries", () -> timeline(api, inOrder.id, 3));
        SupervisionIT.await("three entries", () -> timeline(api, shuffled.id, 3));
        Thread.sleep(1_000);
        JsonObject actual = timeline(api, shuffled.id, 3)
                .orElseThrow(() -> new AssertionError("an event sent twice was applied twice"));
        assertEquals("FROZEN", expected.getJsonObject("camera").getString("state"));
        assertEquals("FROZEN", actual.getJsonObject("camera").getString("state"));
        assertEquals(expected.getJsonObject("camera").getString("since"),
                actual.getJsonObject("camera").getString("since"));
        assertEquals(history(expected), history(actual));
        assertEquals(List.of(second.get(2)[0], second.get(1)[0], second.get(0)[0]), eventIds(actual));
    }

    /** Three states of one camera, 10 s apart, each with its own event id. */
    private static List<String[]> events() {
        Instant t0 = Instant.parse("2026-12-03T08:00:00Z");
        return List.of(
                new String[] {UUID.randomUUID().toString(), "1", t0.toString(), "OFFLINE"},
                new String[] {UUID.randomUUID().toString(), "2", t0.plusSeconds(10).toString(), "ONLINE"},
                new String[] {UUID.randomUUID().toString(), "3", t0.plusSeconds(20).toString(), "FROZEN"});
    }

    @Test
    void aPushNeedsTheCameraTokenAndAValidEvent() throws Exception {
        Api api = new Api(base);
        Camera camera = newCamera(api);
        String valid = body(UUID.randomUUID().toString(), "1", Instant.now().toString(), "ONLINE");
        assertEquals(401, send(camera.id, "wrong-token", "events", valid).statusCode());
        assertEquals(401, send(camera.id, null, "events", valid).statusCode());
        assertEquals(400, send(camera.id, camera.token, "events", "{\"sequence\":-1}").statusCode());
        assertEquals(422, send(camera.id, camera.token, "events",
                body(UUID.randomUUID().toString(), "1", Instant.now().plusSeconds(3600).toString(), "ONLINE"))
                .statusCode());
        assertEquals(202, send(camera.id, camera.token, "heartbeats",
                "{\"sequence\":7,\"sourceTime\":\"" + Instant.now() + "\"}").statusCode());
        assertEquals(403, api.post("api/cameras/" + camera.id + "/push-token", Staff.OPERATOR, "application/json", "")
                .statusCode());
    }

    @Test
    void anEventThatCannotBeAppliedIsDeadLetteredAndTheOthersStillFlow() throws Exception {
        Api api = new Api(base);
        Camera kept = newCamera(api);
        Camera removed = newCamera(api);
        String[] poison = events().get(0);
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1",
                Integer.getInteger("it.management.port", 9990))) {
            cameraEventsQueue(management, "pause");
            try {
                assertEquals(202, push(removed, poison).statusCode());
                for (String[] event : events()) {
                    assertEquals(202, push(kept, event).statusCode());
                }
                assertEquals(204, api.delete("api/stations/" + removed.stationId, Staff.ADMIN).statusCode());
            } finally {
                cameraEventsQueue(management, "resume");
            }
        }
        JsonObject applied = SupervisionIT.await("the other camera's events", () -> timeline(api, kept.id, 3));
        assertEquals("FROZEN", applied.getJsonObject("camera").getString("state"));
        JsonObject letter = SupervisionIT.await("the dead letter", () -> deadLetter(api, poison[0]));
        assertEquals(String.valueOf(removed.id), letter.getJsonObject("fields").getString("cameraId"));
        assertEquals(403, api.delete("api/supervision/dead-letters/" + letter.getString("messageId"), Staff.OPERATOR)
                .statusCode());
        assertEquals(204, api.delete("api/supervision/dead-letters/" + letter.getString("messageId"), Staff.ADMIN)
                .statusCode());
        assertTrue(deadLetter(api, poison[0]).isEmpty(), "discarded");
    }

    private static Optional<JsonObject> deadLetter(Api api, String eventId) {
        var response = api.get("api/supervision/dead-letters", Staff.ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) Api.structure(response)).stream().map(JsonValue::asJsonObject)
                .filter(letter -> eventId.equals(letter.getJsonObject("fields").getString("eventId", null)))
                .findFirst();
    }

    private static void cameraEventsQueue(ModelControllerClient management, String operation) throws IOException {
        ModelNode request = new ModelNode();
        request.get("operation").set(operation);
        request.get("address").add("subsystem", "messaging-activemq").add("server", "default")
                .add("jms-queue", "CameraEvents");
        ModelNode outcome = management.execute(request);
        assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
    }

    private record Camera(long id, long stationId, String token) {
    }

    private Camera newCamera(Api api) {
        int station = 5_000 + ThreadLocalRandom.current().nextInt(4_000);
        var created = api.post("api/stations", Staff.ADMIN, "application/json",
                "{\"constituencyNumber\":125,\"number\":" + station + ",\"address\":\"Push school\","
                        + "\"latitude\":39.3,\"longitude\":46.6,\"registeredVoters\":500,\"cameras\":[{\"role\":"
                        + "\"OVERVIEW\",\"streamUrl\":\"http://127.0.0.1:9/none.m3u8\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long stationId = Api.json(created).getJsonNumber("id").longValue();
        long id = Api.json(created).getJsonArray("cameras").getJsonObject(0).getJsonNumber("id").longValue();
        var token = api.post("api/cameras/" + id + "/push-token", Staff.ADMIN, "application/json", "");
        assertEquals(201, token.statusCode(), token.body());
        return new Camera(id, stationId, Api.json(token).getString("token"));
    }

    private HttpResponse<String> push(Camera camera, String[] event) throws Exception {
        return send(camera.id, camera.token, "events", body(event[0], event[1], event[2], event[3]));
    }

    private static String body(String eventId, String sequence, String sourceTime, String state) {
        return "{\"eventId\":\"" + eventId + "\",\"sequence\":" + sequence + ",\"sourceTime\":\"" + sourceTime
                + "\",\"state\":\"" + state + "\"}";
    }

    private HttpResponse<String> send(long camera, String token, String kind, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/cameras/" + camera + "/" + kind))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<JsonObject> timeline(Api api, long camera, int entries) {
        var response = api.get("api/cameras/" + camera + "/timeline", Staff.OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject timeline = Api.json(response);
        return timeline.getJsonArray("entries").size() == entries ? Optional.of(timeline) : Optional.empty();
    }

    /** What a timeline says apart from event ids: time, sequence and state of each entry, newest first. */
    private static List<String> history(JsonObject timeline) {
        return timeline.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .map(entry -> entry.getString("sourceTime") + " #" + entry.getJsonNumber("sequence") + " "
                        + entry.getString("state"))
                .toList();
    }

    private static List<String> eventIds(JsonObject timeline) {
        return timeline.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .map(entry -> entry.getString("eventId")).toList();
    }
}
