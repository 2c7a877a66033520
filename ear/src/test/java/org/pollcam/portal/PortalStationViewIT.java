package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
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
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;

/**
 * The public station page in headless Chromium, reached as a visitor would: from the home page's search. The video
 * comes from the suite's camera simulator through the server's on-demand publishing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalStationViewIT {

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
    void aVisitorFindsAStationFromTheHomePageAndItsVideoPlays() {
        JsonObject station = OnAirStations.first(new Api(base));
        String code = station.getString("code");

        browser.open("");
        assertEquals("VOTING", browser.find(By.id("phase")).getAttribute("class").replaceAll(".*phase-", ""));
        assertTrue(Long.parseLong(browser.find(By.id("stations-on-air")).getText()) > 0);
        browser.type(By.id("find:search_input"), code);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item')][starts-with(normalize-space(.), '"
                + code + " ')]");
        browser.click(suggestion);
        browser.waitUntil(d -> d.getCurrentUrl().contains("station.xhtml?id=" + station.getJsonNumber("id")),
                Duration.ofSeconds(15));
        assertTrue(browser.find(By.id("station-title")).getText().contains(code));

        double first = waitForPlayback(0);
        double later = waitForPlayback(first + 2);
        assertTrue(later > first, "the live video keeps playing: " + first + " -> " + later);
        assertTrue(Integer.parseInt(browser.find(By.id("viewers")).getText()) >= 1, "this tab is counted");
        String report = browser.find(By.id("report")).getAttribute("href");
        assertTrue(report.contains("/requests/new.xhtml?station=" + station.getJsonNumber("id") + "&camera=")
                && report.contains("&at="), report);
    }

    @Test
    void theCameraSwitchShowsTheStationsOtherCamera() {
        JsonObject station = OnAirStations.first(new Api(base));
        var cameras = station.getJsonArray("cameras").getValuesAs(JsonObject.class);
        JsonObject last = cameras.get(cameras.size() - 1);

        browser.open("station.xhtml?id=" + station.getJsonNumber("id"));
        browser.click(By.cssSelector(".camera-switch a[data-role='" + last.getString("role") + "']"));

        assertTrue(browser.driver().getCurrentUrl().contains("camera=" + last.getJsonNumber("id")));
        assertEquals("page", browser.find(By.cssSelector(".camera-switch a.current")).getAttribute("aria-current"));
        assertTrue(browser.find(By.id("player")).getAttribute("data-heartbeat")
                .endsWith("/api/public/cameras/" + last.getJsonNumber("id") + "/viewers"));
    }

    @Test
    void aStationThatIsNotBroadcastShowsWhyInsteadOfAPlayer() {
        JsonObject station = OnAirStations.firstOffAir(new Api(base));

        browser.open("station.xhtml?id=" + station.getJsonNumber("id"));

        assertEquals("NOT_BROADCAST", browser.find(By.id("placeholder")).getAttribute("data-reason"));
        assertTrue(browser.find(By.id("off-air-reason")).getText().contains("not broadcast"));
        assertTrue(browser.driver().findElements(By.id("video")).isEmpty(), "never a broken player");
    }

    @Test
    void anUnknownStationIsNotFound() {
        browser.open("station.xhtml?id=999999999");
        assertTrue(browser.driver().findElements(By.id("station-title")).isEmpty());
        browser.open("station.xhtml?id=%3Cscript%3E");
        assertTrue(browser.driver().findElements(By.id("station-title")).isEmpty());
    }

    @Test
    void theLanguageSwitchChangesTheTexts() {
        JsonObject station = OnAirStations.first(new Api(base));
        browser.open("station.xhtml?id=" + station.getJsonNumber("id"));
        assertEquals("Polling station " + station.getString("code"), browser.find(By.id("station-title")).getText());

        browser.click(By.cssSelector("#language a[lang='ru']"));
        assertEquals("Избирательный участок " + station.getString("code"),
                browser.find(By.id("station-title")).getText());
        assertEquals("Найти участок", browser.find(By.id("nav-find")).getText());

        browser.click(By.cssSelector("#language a[lang='az']"));
        assertEquals(station.getString("code") + " saylı seçki məntəqəsi",
                browser.find(By.id("station-title")).getText());
        assertEquals("az", browser.find(By.tagName("html")).getAttribute("lang"));
    }

    /** Waits until the video element's clock passes {@code beyond} seconds and returns it. */
    private double waitForPlayback(double beyond) {
        double[] time = {0};
        browser.waitUntil(d -> {
            Object t = ((JavascriptExecutor) d).executeScript("var v = document.getElementById('video');"
                    + " return v ? v.currentTime : 0;");
            time[0] = ((Number) t).doubleValue();
            return time[0] > beyond;
        }, Duration.ofSeconds(90));
        return time[0];
    }
}
