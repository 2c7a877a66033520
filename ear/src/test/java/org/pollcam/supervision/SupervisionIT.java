package org.pollcam.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;
import org.pollcam.media.simulator.CameraSimulator;
import org.pollcam.media.simulator.Fault;

/**
 * The whole supervision path on the test server's live demo election: the server checks the broadcast cameras (the
 * simulator in this JVM plays them) every 2 s through the probe queue, applies the camera events, opens incidents
 * after 4 s and resolves them 4 s after recovery; the dashboard in Chromium follows without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {

    private static final Duration DETECTION = Duration.ofSeconds(45);

    private static CameraSimulator simulator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void cameras() {
        simulator = SimulatedCameras.running();
    }

    @Test
    void eachFaultOpensAnIncidentWithItsCauseAndRecoveryResolvesIt() {
        Api api = new Api(base);
        Map<Fault, String> expected = new LinkedHashMap<>();
        expected.put(Fault.OFFLINE, "OFFLINE");
        expected.put(Fault.BLACK, "BLACK");
        expected.put(Fault.COVERED, "COVERED");
        expected.put(Fault.FROZEN, "FROZEN");
        expected.put(Fault.LOW_FPS, "DEGRADED");
        expected.put(Fault.MOVED, "MOVED");
        List<JsonObject> online = await("cameras online", () -> {
            List<JsonObject> tiles = tiles(api, "ONLINE");
            return tiles.size() >= expected.size() + 1 ? Optional.of(tiles) : Optional.empty();
        });
        Map<Long, Fault> faulted = new LinkedHashMap<>();
        int next = 0;
        for (Fault fault : expected.keySet()) {
            JsonObject tile = online.get(next++);
            if (fault == Fault.MOVED) {
                var approved = api.post("api/cameras/" + tile.getJsonNumber("cameraId") + "/approved-view",
                        Staff.OPERATOR, "application/json", "");
                assertEquals(204, approved.statusCode(), approved.body());
            }
            simulator.inject(cameraName(tile), fault);
            faulted.put(tile.getJsonNumber("cameraId").longValue(), fault);
        }
        try {
            faulted.forEach((camera, fault) -> {
                JsonObject incident = await("incident for " + fault, () -> incidentOf(api, camera, false));
                assertEquals(expected.get(fault), incident.getString("cause"), incident.toString());
            });
        } finally {
            online.subList(0, expected.size()).forEach(tile -> simulator.recover(cameraName(tile)));
        }
        faulted.forEach((camera, fault) -> {
            JsonObject resolved = await("resolution after " + fault, () -> incidentOf(api, camera, true));
            assertEquals("system", resolved.getString("resolvedBy"));
        });
    }

    @Test
    void theDashboardShowsAChangeWithoutReloading() {
        Api api = new Api(base);
        JsonObject tile = await("a camera online", () -> tiles(api, "ONLINE").stream().skip(5).findFirst());
        long camera = tile.getJsonNumber("cameraId").longValue();
        try (Browser browser = new Browser(base)) {
            browser.signIn(Staff.OPERATOR);
            browser.open("control/dashboard.xhtml");
            By tileElement = By.id("tile-" + camera);
            assertEquals("ONLINE", browser.find(tileElement).getAttribute("data-state"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
            simulator.inject(cameraName(tile), Fault.BLACK);
            try {
                browser.waitUntil(driver -> "BLACK".equals(driver.findElement(tileElement).getAttribute("data-state")),
                        DETECTION);
                assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return window.notReloaded === true;"), "the page was not reloaded");
                assertTrue(browser.find(tileElement).getText().contains("Black"), browser.find(tileElement).getText());
            } finally {
                simulator.recover(cameraName(tile));
            }
            browser.waitUntil(driver -> "ONLINE".equals(driver.findElement(tileElement).getAttribute("data-state")),
                    DETECTION);
        }
    }

    @Test
    void theControlCenterIsForOperatorsAndAdministratorsOnly() {
        Api api = new Api(base);
        for (String path : List.of("api/supervision/counts", "api/supervision/incidents", "api/supervision/cameras",
                "api/supervision/dead-letters", "control/dashboard.xhtml", "admin/dead-letters.xhtml")) {
            int anonymous = api.get(path, Staff.ANONYMOUS).statusCode();
            assertTrue(anonymous == 401 || anonymous == 302 || anonymous == 200 && path.endsWith(".xhtml"),
                    path + " anonymous " + anonymous);
            assertEquals(403, api.get(path, Staff.CLERK).statusCode(), path + " clerk");
            assertEquals(403, api.get(path, Staff.AGENT).statusCode(), path + " agent");
        }
        assertEquals(200, api.get("api/supervision/incidents", Staff.OPERATOR).statusCode());
        assertEquals(403, api.get("api/supervision/dead-letters", Staff.OPERATOR).statusCode());
        assertEquals(200, api.get("api/supervision/dead-letters", Staff.ADMIN).statusCode());
        assertEquals(403, api.post("api/supervision/incidents/1/resolution", Staff.CLERK,
                "application/x-www-form-urlencoded", "note=x").statusCode());
    }

    private static List<JsonObject> tiles(Api api, String state) {
        var response = api.get("api/supervision/cameras?size=100&state=" + state, Staff.OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> tiles = new ArrayList<>();
        for (JsonValue item : Api.json(response).getJsonArray("items")) {
            tiles.add(item.asJsonObject());
        }
        return tiles;
    }

    private static Optional<JsonObject> incidentOf(Api api, long camera, boolean resolved) {
        var response = api.get("api/supervision/incidents?resolved=" + resolved, Staff.OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray incidents = (JsonArray) Api.structure(response);
        return incidents.stream().map(JsonValue::asJsonObject)
                .filter(incident -> incident.getJsonNumber("cameraId").longValue() == camera).findFirst();
    }

    static String cameraName(JsonObject tile) {
        int constituency = tile.getInt("constituencyNumber");
        int station = tile.getInt("stationNumber");
        return constituency + "-" + station + "-" + tile.getString("role").toLowerCase(Locale.ROOT);
    }

    static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + DETECTION.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no " + what + " within " + DETECTION.toSeconds() + " s");
    }
}
