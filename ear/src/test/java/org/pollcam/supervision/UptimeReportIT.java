package org.pollcam.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
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
 * The uptime report of the live demo election (polls opened at the start of the hour, before the server started, 8
 * broadcast stations): every broadcast camera is listed with shares from 0 to 100 %, whatever fed its timeline, and
 * the time it was not ONLINE is accounted for by its outages. Since nothing was heard before the server started,
 * every camera's first outage begins at the opening of the polls. Only the control center may see the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UptimeReportIT {

    private static final int BROADCAST_STATIONS = 8;
    private static final Set<String> CAUSES = Set.of("OFFLINE", "BLACK", "COVERED", "FROZEN", "MOVED", "DEGRADED",
            "NO_DATA");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theReportListsEveryBroadcastCameraWithItsShareAndOutagesSinceThePollsOpened() {
        HttpResponse<String> response = new Api(base).get("api/uptime", Staff.OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(null));
        JsonObject report = Api.json(response);

        JsonArray stations = report.getJsonArray("stations");
        JsonArray cameras = report.getJsonArray("cameras");
        assertEquals(BROADCAST_STATIONS, stations.size(), report.toString());
        assertTrue(cameras.size() >= BROADCAST_STATIONS, "each broadcast station has one or two cameras");
        assertEquals(cameras.size(), report.getJsonObject("country").getInt("cameras"));
        assertEquals(cameras.size(), stations.stream()
                .mapToInt(station -> station.asJsonObject().getJsonObject("figures").getInt("cameras")).sum());
        assertFalse(report.getJsonArray("regions").isEmpty());
        assertFalse(report.getJsonArray("constituencies").isEmpty());

        Instant opens = Instant.parse(report.getString("votingOpens"));
        Instant asOf = Instant.parse(report.getString("asOf"));
        assertTrue(asOf.isAfter(opens), "the demo election's polls are open");
        Map<Long, java.util.List<JsonObject>> outages = report.getJsonArray("outages").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.groupingBy(outage -> outage.getJsonNumber("cameraId").longValue()));
        for (JsonObject camera : cameras.getValuesAs(JsonObject.class)) {
            long cameraId = camera.getJsonNumber("id").longValue();
            JsonObject voting = camera.getJsonObject("figures").getJsonObject("voting");
            double percent = voting.getJsonNumber("percent").doubleValue();
            assertTrue(percent >= 0 && percent <= 100, camera.toString());
            assertNotNull(camera.getString("station"));
            assertNotNull(camera.getString("camera"));

            var own = outages.getOrDefault(cameraId, java.util.List.of());
            assertFalse(own.isEmpty(), "camera " + cameraId + " was not heard before the server started");
            assertEquals(opens, Instant.parse(own.get(0).getString("start")), own.toString());
            long offAir = own.stream().mapToLong(outage -> outage.getJsonNumber("durationSeconds").longValue())
                    .sum();
            long expected = (voting.getJsonNumber("observedMillis").longValue()
                    - voting.getJsonNumber("onlineMillis").longValue()) / 1000;
            assertTrue(Math.abs(offAir - expected) <= own.size() + 1,
                    "outages " + offAir + " s, off air " + expected + " s: " + own);
            own.forEach(outage -> assertTrue(CAUSES.contains(outage.getString("cause")), outage.toString()));
        }
    }

    @Test
    void theReportIsForTheControlCenterOnly() {
        Api api = new Api(base);
        assertEquals(401, api.get("api/uptime", Staff.ANONYMOUS).statusCode());
        assertEquals(403, api.get("api/uptime", Staff.CLERK).statusCode());
        assertEquals(403, api.get("api/uptime", Staff.AGENT).statusCode());
        assertEquals(200, api.get("api/uptime", Staff.ADMIN).statusCode());

        assertEquals(403, api.get("control/uptime.xhtml", Staff.CLERK).statusCode());
        assertEquals(403, api.get("control/uptime.xhtml", Staff.AGENT).statusCode());
        HttpResponse<String> anonymous = api.get("control/uptime.xhtml", Staff.ANONYMOUS);
        assertTrue(anonymous.body().contains("j_security_check"), "the public is shown the sign-in form");
        assertFalse(anonymous.body().contains("uptime-form"), "and nothing of the report");
    }

    @Test
    void aTableComesAsCsvOnRequest() {
        Api api = new Api(base);
        HttpResponse<String> stations = api.get("api/uptime?format=csv&table=stations", Staff.OPERATOR);
        assertEquals(200, stations.statusCode(), stations.body());
        assertTrue(stations.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = stations.body().split("\n");
        assertTrue(lines[0].startsWith("station_id,region,constituency,station,address,cameras,"), lines[0]);
        assertEquals(1 + BROADCAST_STATIONS, lines.length, stations.body());

        HttpResponse<String> cameras = api.get("api/uptime", Staff.OPERATOR, "Accept", "text/csv");
        assertEquals(200, cameras.statusCode());
        assertTrue(cameras.body().startsWith("camera_id,region,constituency,station,address,camera,"));

        HttpResponse<String> wrong = api.get("api/uptime?format=xml&table=votes", Staff.OPERATOR);
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("\"format\"") && wrong.body().contains("\"table\""), wrong.body());
        assertEquals(404, api.get("api/uptime?election=999999999", Staff.OPERATOR).statusCode());
    }

    @Test
    void anOperatorSeesTheReportAndExportsItAsPdfAndXlsx() throws Exception {
        Page page = new Page(base, Staff.OPERATOR);
        String html = page.open("control/uptime.xhtml");
        assertTrue(Pattern.compile("id=\"uptime-form:(tables:)?stations\"").matcher(html).find(),
                "the station table");
        JsonObject report = Api.json(new Api(base).get("api/uptime", Staff.OPERATOR));
        String station = report.getJsonArray("stations").getJsonObject(0).getString("station");
        assertTrue(html.contains(">" + station + "<"), "station " + station + " is listed");

        HttpResponse<byte[]> pdf = page.press(html, "stations-pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
        assertTrue(new String(pdf.body(), StandardCharsets.ISO_8859_1).contains("/Identity-H"),
                "with a font that has Azerbaijani and Cyrillic letters");

        HttpResponse<byte[]> xlsx = page.press(page.open("control/uptime.xhtml"), "outages-xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 1_000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "a workbook");
    }

    /** A signed-in browser without a browser: keeps the session cookie and posts a page's form back. */
    private static final class Page {
        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;
        private final Staff caller;
        private URI current;

        Page(URL base, Staff caller) {
            this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
            this.caller = caller;
        }

        String open(String path) throws IOException, InterruptedException {
            current = base.resolve(path);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(current)
                    .header("Authorization", caller.basicAuthorization()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }

        /** Presses the (non-Ajax) button whose id ends with the given id, as the browser would submit the form. */
        HttpResponse<byte[]> press(String html, String buttonId) throws IOException, InterruptedException {
            Matcher button = Pattern.compile("id=\"([^\"]*:" + Pattern.quote(buttonId) + ")\"").matcher(html);
            assertTrue(button.find(), "button " + buttonId);
            Matcher viewState = VIEW_STATE.matcher(html);
            assertTrue(viewState.find(), "the view state");
            String form = "uptime-form=uptime-form&" + encode(button.group(1)) + "=" + encode(button.group(1))
                    + "&jakarta.faces.ViewState=" + encode(viewState.group(1).replace("&#58;", ":"));
            return http.send(HttpRequest.newBuilder(current)
                    .header("Authorization", caller.basicAuthorization())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
