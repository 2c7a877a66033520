package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pollcam.Accessibility;
import org.pollcam.Api;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.SimulatedCameras;

/** axe-core in every public page, in each of the three languages: no serious or critical WCAG 2.1 A/AA violation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPublicPageHasNoSeriousOrCriticalViolation() {
        SimulatedCameras.running();
        Api api = new Api(base);
        JsonObject onAir = OnAirStations.first(api);
        JsonObject offAir = OnAirStations.firstOffAir(api);
        List<String> pages = List.of("", "find.xhtml", "find.xhtml?region=" + firstRegion(api),
                "find.xhtml?region=" + firstRegion(api) + "&constituency=" + onAir.getInt("constituencyNumber"),
                "find.xhtml?q=school", "station.xhtml?id=" + onAir.getJsonNumber("id"),
                "station.xhtml?id=" + offAir.getJsonNumber("id"), "grid.xhtml?size=9", "map.xhtml",
                "uptime.xhtml",

                "archive.xhtml?station=" + onAir.getJsonNumber("id"),
                "archive.xhtml?station=" + offAir.getJsonNumber("id"));
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(base)) {
            for (String language : List.of("en", "az", "ru")) {
                browser.open("");
                browser.click(By.cssSelector("#language a[lang='" + language + "']"));
                for (String page : pages) {
                    browser.open(page);
                    Accessibility.seriousViolations(browser)
                            .forEach(v -> problems.add(language + " /" + page + ": " + v));
                }
            }
            if (!problems.isEmpty()) {
                browser.capture("axe");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static long firstRegion(Api api) {
        return Api.structure(api.get("api/regions", org.pollcam.Staff.ANONYMOUS)).asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }
}
