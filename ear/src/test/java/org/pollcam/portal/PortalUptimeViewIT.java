package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;
import org.pollcam.media.simulator.Fault;

/**
 * The public uptime page and {@code /api/public/uptime}, anonymous: the same figures per region as the control
 * center's report, a camera faulted in the simulator listed among the outages with its cause, and nothing that is for
 * staff only (reasons, stream addresses). The test server keeps the public figures 5 s instead of a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalUptimeViewIT {

    private static final String SHARE = "\\d{1,3}\\.\\d %";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicFiguresPerRegionAreTheControlCentersAndCarryAnETag() {
        SimulatedCameras.running();
        Api api = new Api(base);
        HttpResponse<String> response = api.get("api/public/uptime", Staff.ANONYMOUS);
        assertEquals(200, response.statusCode(), response.body());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age=30"));
        JsonObject figures = Api.json(response);
        JsonObject report = Api.json(api.get("api/uptime", Staff.OPERATOR));

        long drift = Math.abs(Duration.between(Instant.parse(figures.getString("asOf")),
                Instant.parse(report.getString("asOf"))).toMillis());
        Map<String, JsonObject> shown = byRegion(figures);
        Map<String, JsonObject> staff = byRegion(report);
        assertFalse(staff.isEmpty());
        assertEquals(staff.keySet(), shown.keySet(), "every region of the broadcast stations");
        for (String region : staff.keySet()) {
            JsonObject mine = shown.get(region);
            JsonObject theirs = staff.get(region);
            int cameras = theirs.getInt("cameras");
            assertEquals(cameras, mine.getInt("cameras"), region);
            // Both are made from the same timeline; they differ only by the time between the two reports.
            long slack = cameras * (drift + 1);
            for (String part : List.of("voting", "counting")) {
                JsonObject a = mine.getJsonObject(part);
                JsonObject b = theirs.getJsonObject(part);
                assertTrue(Math.abs(a.getJsonNumber("observedMillis").longValue()
                        - b.getJsonNumber("observedMillis").longValue()) <= slack, region + " " + part);
                assertTrue(Math.abs(a.getJsonNumber("onlineMillis").longValue()
                        - b.getJsonNumber("onlineMillis").longValue()) <= slack, region + " " + part);
            }
        }
        assertEquals(report.getJsonObject("country").getInt("cameras"),
                figures.getJsonObject("country").getInt("cameras"));

        HttpResponse<String> again = api.get("api/public/uptime", Staff.ANONYMOUS, "If-None-Match", etag);
        assertTrue(again.statusCode() == 304 || !again.headers().firstValue("ETag").orElseThrow().equals(etag),
                "the same figures are not sent twice: " + again.statusCode());
        List<String> asOf = List.of(asOf(api), asOf(api), asOf(api));
        assertTrue(asOf.get(0).equals(asOf.get(1)) || asOf.get(1).equals(asOf.get(2)),
                "three requests in a row share one computation: " + asOf);
    }

    @Test
    void theAnonymousPageListsEveryRegionWithItsShareAndNothingForStaff() {
        SimulatedCameras.running();
        Api api = new Api(base);
        JsonObject report = Api.json(api.get("api/uptime", Staff.OPERATOR));
        Set<String> regions = byRegion(report).keySet();
        try (Browser browser = new Browser(base)) {
            browser.open("");
            browser.click(By.cssSelector("#language a[lang='en']"));
            browser.click(By.id("nav-public-uptime"));
            assertEquals("How long the cameras were on air", browser.find(By.tagName("h1")).getText());
            Map<String, String> shares = new LinkedHashMap<>();
            for (WebElement row : browser.driver().findElements(By.cssSelector("#regions tbody tr"))) {
                List<WebElement> cells = row.findElements(By.cssSelector("td"));
                shares.put(row.findElement(By.cssSelector("th")).getText(), cells.get(1).getText());
            }
            assertEquals(regions, shares.keySet(), "every region, once");
            shares.forEach((region, share) -> assertTrue(share.matches(SHARE), region + ": " + share));
            assertTrue(browser.find(By.id("country-voting")).getText().matches(SHARE));
            assertFalse(browser.find(By.id("constituencies")).findElements(By.cssSelector("tbody tr")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav-control")).isEmpty(), "an anonymous visitor");
            assertNothingForStaff(browser.driver().getPageSource(), report);
        }
        assertNothingForStaff(api.get("api/public/uptime", Staff.ANONYMOUS).body(), report);
    }

    @Test
    void aFaultedCameraIsListedAmongTheOutagesWithItsCause() throws InterruptedException {
        var simulator = SimulatedCameras.running();
        Api api = new Api(base);
        JsonObject station = OnAirStations.first(api);
        long stationId = station.getJsonNumber("id").longValue();
        JsonObject camera = station.getJsonArray("cameras").getJsonObject(0);
        long cameraId = camera.getJsonNumber("id").longValue();
        String code = station.getString("code");
        String role = camera.getString("role");
        assertTrue(awaitCamera(api, stationId, cameraId, "onAir", "true", Duration.ofSeconds(90)),
                "supervision puts the camera on air");

        String name = code + "-" + role.toLowerCase(Locale.ROOT);
        simulator.inject(name, Fault.OFFLINE);
        try {
            assertTrue(awaitCamera(api, stationId, cameraId, "offAir", "OFFLINE", Duration.ofSeconds(60)),
                    "supervision reports the camera OFFLINE");
            JsonObject outage = awaitOutage(api, code, role, Duration.ofSeconds(60));
            assertNotNull(outage, "an ongoing OFFLINE outage of " + name + " in /api/public/uptime");
            assertTrue(outage.getJsonNumber("durationSeconds").longValue() >= 0);
            try (Browser browser = new Browser(base)) {
                browser.open("");
                browser.click(By.cssSelector("#language a[lang='en']"));
                browser.open("uptime.xhtml");
                WebElement row = browser.find(By.cssSelector("#outages tr[data-station='" + code
                        + "'][data-camera='" + role + "'][data-cause='OFFLINE'][data-ongoing='true']"));
                List<WebElement> cells = row.findElements(By.cssSelector("td"));
                assertEquals("Offline", cells.get(4).getText(), "the cause in words, not a colour");
                assertEquals("still off air", cells.get(2).getText());
                assertTrue(cells.get(3).getText().matches("\\d+:\\d\\d:\\d\\d"), cells.get(3).getText());
            }
        } finally {
            simulator.recover(name);
        }
        assertTrue(awaitCamera(api, stationId, cameraId, "onAir", "true", Duration.ofSeconds(60)),
                "back on air after recovery");
    }

    /** Neither the outages' reasons nor any camera's stream address, nor station addresses. */
    private static void assertNothingForStaff(String text, JsonObject report) {
        Set<String> reasons = new HashSet<>();
        report.getJsonArray("outages").getValuesAs(JsonObject.class).stream()
                .filter(outage -> outage.containsKey("reason") && !outage.isNull("reason"))
                .map(outage -> outage.getString("reason")).filter(reason -> reason.length() >= 8)
                .forEach(reasons::add);
        for (String reason : reasons) {
            assertFalse(text.contains(reason), "a reason is for staff only: " + reason);
        }
        for (JsonObject station : report.getJsonArray("stations").getValuesAs(JsonObject.class)) {
            assertFalse(text.contains(station.getString("address")), "no station address");
        }
        assertFalse(text.contains("\"reason\""), "no reason field");
        assertFalse(text.contains("rtsp://"), "no stream address");
        assertFalse(text.contains("127.0.0.1:" + Integer.getInteger("it.simulator.port", 8091)),
                "no stream address of the simulated cameras");
    }

    private static Map<String, JsonObject> byRegion(JsonObject figures) {
        Map<String, JsonObject> regions = new LinkedHashMap<>();
        figures.getJsonArray("regions").getValuesAs(JsonObject.class)
                .forEach(row -> regions.put(row.getString("region"), row.getJsonObject("figures")));
        return regions;
    }

    private static String asOf(Api api) {
        return Api.json(api.get("api/public/uptime", Staff.ANONYMOUS)).getString("asOf");
    }

    /** Polls the public uptime until it lists an ongoing OFFLINE outage of the station's camera. */
    private static JsonObject awaitOutage(Api api, String station, String role, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject figures = Api.json(api.get("api/public/uptime", Staff.ANONYMOUS));
            for (JsonObject outage : figures.getJsonArray("outages").getValuesAs(JsonObject.class)) {
                if (station.equals(outage.getString("station")) && role.equals(outage.getString("camera"))
                        && "OFFLINE".equals(outage.getString("cause")) && outage.getBoolean("ongoing")) {
                    return outage;
                }
            }
            Thread.sleep(1000);
        }
        return null;
    }

    /** Polls the public station until the camera's field has the value. */
    private static boolean awaitCamera(Api api, long stationId, long cameraId, String field, String value,
                                       Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject station = Api.json(api.get("api/public/stations/" + stationId, Staff.ANONYMOUS,
                    "Cache-Control", "no-cache"));
            for (JsonObject c : station.getJsonArray("cameras").getValuesAs(JsonObject.class)) {
                if (c.getJsonNumber("id").longValue() == cameraId && c.containsKey(field) && !c.isNull(field)
                        && value.equals(c.get(field).toString().replace("\"", ""))) {
                    return true;
                }
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
