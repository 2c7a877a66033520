package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.pollcam.Accessibility;
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;

/**
 * The election-day archive end to end: the server records the simulator's cameras while they are on air, the replay
 * API lists what was archived, and the archive page plays it in headless Chromium from the moment chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalArchiveIT {

    private static final Pattern DATE_TIME = Pattern.compile("#EXT-X-PROGRAM-DATE-TIME:(\\S+)");
    private static final Pattern SEGMENT = Pattern.compile("#EXTINF:([0-9.]+),");
    /** The zone the page names under the time input: "Recordings from ... to ... (Asia/Baku time)." */
    private static final Pattern ZONE_NAMED = Pattern.compile("\\((\\S+) time\\)");
    /** The clock under the player as an English page shows it. */
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM/dd/yyyy, HH:mm:ss");
    /** A moment as the page's texts give it. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeAll
    static void cameras() {
        SimulatedCameras.running();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aRecordedCameraIsReplayedFromTheChosenMoment() {
        Api api = new Api(base);
        JsonObject station = OnAirStations.first(api);
        long stationId = station.getJsonNumber("id").longValue();
        long cameraId = station.getJsonArray("cameras").getJsonObject(0).getJsonNumber("id").longValue();
        Instant chosen = waitForFootage(api, cameraId, Duration.ofSeconds(20));

        HttpResponse<String> playlist = api.get(replay(cameraId, chosen), Staff.ANONYMOUS);
        assertEquals(200, playlist.statusCode(), playlist.body());
        assertEquals("application/vnd.apple.mpegurl", playlist.headers().firstValue("Content-Type").orElse(""));
        assertTrue(playlist.headers().firstValue("Cache-Control").orElse("").contains("max-age=2"),
                "a range that runs to now is not cached long: " + playlist.headers().map());
        String m3u8 = playlist.body();
        assertTrue(m3u8.contains("#EXT-X-PLAYLIST-TYPE:VOD\n") && m3u8.endsWith("#EXT-X-ENDLIST\n"), m3u8);
        List<String> uris = m3u8.lines().filter(line -> !line.startsWith("#")).toList();
        assertFalse(uris.isEmpty(), m3u8);
        assertTrue(uris.stream().allMatch(uri -> uri.startsWith("/media/archive/" + cameraId + "/")), m3u8);
        assertFalse(m3u8.contains("127.0.0.1") || m3u8.contains("index.m3u8"), "never a stream address");
        HttpResponse<String> segment = api.get(uris.get(0).substring(1), Staff.ANONYMOUS);
        assertEquals(200, segment.statusCode(), "WildFly serves the archived segment");
        assertEquals("video/mp2t", segment.headers().firstValue("Content-Type").orElse(""));
        String index = uris.get(0).substring(1, uris.get(0).lastIndexOf('/') + 1) + "index.tsv";
        assertEquals(404, api.get(index, Staff.ANONYMOUS).statusCode(), "the hour's index is not served");

        browser.open("station.xhtml?id=" + stationId);
        browser.click(By.id("archive"));
        assertTrue(browser.driver().getCurrentUrl().contains("archive.xhtml?station=" + stationId), "linked");

        browser.open("archive.xhtml?station=" + stationId + "&camera=" + cameraId + "&at=" + chosen);
        double start = Double.parseDouble(browser.find(By.id("player")).getAttribute("data-offset"));
        double first = waitForPlayback(start);
        double later = waitForPlayback(first + 2);
        assertTrue(later > first, "the recording keeps playing: " + first + " -> " + later);
        Instant startedAt = Instant.parse(browser.find(By.id("player")).getAttribute("data-started-at"));
        assertTrue(Duration.between(chosen, startedAt).abs().compareTo(Duration.ofSeconds(4)) <= 0,
                "playback began at " + startedAt + ", " + chosen + " was chosen");
        // Under the player the viewer reads the moment on screen, in the election's time: the chosen one plus what
        // has played since.
        ZoneId zone = zoneNamed();
        List<?> clock = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.getElementById('archive-clock').textContent,"
                        + " document.getElementById('video').currentTime];");
        Instant shown = LocalDateTime.parse((String) clock.get(0), CLOCK).atZone(zone).toInstant();
        Instant expected = chosen.plusMillis(Math.round((((Number) clock.get(1)).doubleValue() - start) * 1000));
        assertTrue(Duration.between(expected, shown).abs().compareTo(Duration.ofSeconds(4)) <= 0,
                "the clock shows " + clock.get(0) + " (" + zone + "), " + expected + " is on screen");

        List<String> violations = Accessibility.seriousViolations(browser);
        if (!violations.isEmpty()) {
            browser.capture("archive-axe");
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theApiRefusesWhatIsNotArchivedOrNotPublicWithAProblem() {
        Api api = new Api(base);
        JsonObject onAir = OnAirStations.first(api);
        long cameraId = onAir.getJsonArray("cameras").getJsonObject(0).getJsonNumber("id").longValue();

        Instant later = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> future = api.get(replay(cameraId, later), Staff.ANONYMOUS);
        assertEquals(404, future.statusCode(), future.body());
        assertEquals("application/problem+json", future.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Api.json(future).getString("detail").startsWith("Nothing is archived for camera " + cameraId),
                future.body());

        JsonObject offAir = OnAirStations.firstOffAir(api);
        long hidden = offAir.getJsonArray("cameras").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> notPublic = api.get(replay(hidden, Instant.now().minusSeconds(20)
                .truncatedTo(ChronoUnit.SECONDS)), Staff.ANONYMOUS);
        assertEquals(404, notPublic.statusCode(), notPublic.body());
        assertTrue(Api.json(notPublic).getString("detail").contains("NOT_BROADCAST"), notPublic.body());

        for (String malformed : List.of("yesterday", "2026-13-40T25:00:00Z", "")) {
            HttpResponse<String> bad = api.get("api/public/cameras/" + cameraId + "/archive?from=" + malformed,
                    Staff.ANONYMOUS);
            assertEquals(400, bad.statusCode(), malformed + ": " + bad.body());
            assertEquals("from", Api.json(bad).getJsonArray("violations").getJsonObject(0).getString("field"));
        }
        assertEquals(404, api.get(replay(999_999_999L, later), Staff.ANONYMOUS).statusCode());
    }

    @Test
    void theArchivePageSaysWhenNothingWasRecordedThen() {
        JsonObject station = OnAirStations.first(new Api(base));
        long stationId = station.getJsonNumber("id").longValue();
        Instant later = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        browser.open("archive.xhtml?station=" + stationId + "&at=" + later);
        assertTrue(browser.find(By.id("archive-problem")).getText()
                .startsWith("Nothing was recorded from " + SHOWN.format(later.atZone(zoneNamed())) + ":"),
                browser.find(By.id("archive-problem")).getText());
        assertTrue(browser.driver().findElements(By.id("video")).isEmpty(), "no player for nothing");

        browser.open("archive.xhtml?station=" + stationId + "&at=%3Cscript%3E");
        assertTrue(browser.find(By.id("archive-problem")).getText().contains("Choose a date and time"));
    }

    private static String replay(long cameraId, Instant from) {
        return "api/public/cameras/" + cameraId + "/archive?from=" + from;
    }

    /**
     * Waits until the camera's archive covers the moment {@code ago} before now and at least 10 s after it, and
     * returns that moment: the recorder starts with the server and the simulator with the first test, and a test
     * before this one may have faulted the camera, which the recorder then retries.
     */
    private static Instant waitForFootage(Api api, long cameraId, Duration ago) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Instant chosen = Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> response = api.get(replay(cameraId, chosen), Staff.ANONYMOUS);
            last = response.statusCode() + " " + response.body();
            Matcher first = DATE_TIME.matcher(response.body());
            if (response.statusCode() == 200 && first.find()) {
                Instant start = OffsetDateTime.parse(first.group(1)).toInstant();
                double seconds = SEGMENT.matcher(response.body()).results()
                        .mapToDouble(segment -> Double.parseDouble(segment.group(1))).sum();
                if (!start.isAfter(chosen) && start.plusMillis(Math.round(seconds * 1000))
                        .isAfter(chosen.plusSeconds(10))) {
                    return chosen;
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("camera " + cameraId + " has no footage from " + ago + " ago; last answer: " + last);
    }

    /** The election's time zone, as the open archive page names it to the viewer. */
    private ZoneId zoneNamed() {
        String hours = browser.find(By.id("archive-hours")).getText();
        Matcher named = ZONE_NAMED.matcher(hours);
        assertTrue(named.find(), "the page names the time zone: " + hours);
        return ZoneId.of(named.group(1));
    }

    /** Waits until the video element's clock passes {@code beyond} seconds and returns it. */
    private double waitForPlayback(double beyond) {
        double[] time = {0};
        browser.waitUntil(d -> {
            Object t = ((JavascriptExecutor) d).executeScript("var v = document.getElementById('video');"
                    + " return v ? v.currentTime : 0;");
            time[0] = ((Number) t).doubleValue();
            return time[0] > beyond;
        }, Duration.ofSeconds(60));
        return time[0];
    }
}
