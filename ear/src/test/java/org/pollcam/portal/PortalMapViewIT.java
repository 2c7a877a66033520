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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.Staff;

/** The stations map: Leaflet from its webjar, region outlines from the API, no request to any tile server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalMapViewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theMapDrawsEveryRegionAndEveryStationWithCamerasColouredByState() {
        Api api = new Api(base);
        String onAir = OnAirStations.first(api).getString("code");
        JsonObject map = Api.json(api.get("api/public/map", Staff.ANONYMOUS));
        assertEquals(14, map.getJsonObject("regions").getJsonArray("features").size());
        // the demo country's 1,000 stations with cameras, and any that other tests of the suite added
        int stations = map.getJsonArray("stations").size();
        assertTrue(stations >= 1_000, stations + " stations on the map");
        var live = map.getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                .filter(s -> "LIVE".equals(s.getString("state"))).toList();
        assertTrue(live.stream().anyMatch(s -> onAir.equals(s.getString("code"))), onAir + " is live on the map");
        assertTrue(live.size() <= 8, live.size() + " live: the test server broadcasts 8 stations");

        try (Browser browser = new Browser(base)) {
            browser.open("map.xhtml");
            browser.waitUntil(d -> String.valueOf(stations).equals(d.findElement(By.id("map")).getAttribute("data-stations")),
                    Duration.ofSeconds(20));
            assertTrue(browser.driver().findElements(By.cssSelector("#map img.leaflet-tile")).isEmpty(),
                    "no tiles: nothing is fetched from a tile server");
        }
    }
}
