package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;

/** Multi-view in headless Chromium: 4, 9 or 16 tiles, the stations on air first, a click to the player. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalGridViewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theGridShowsAsManyTilesAsChosenAndATileOpensItsStation() {
        try (Browser browser = new Browser(base)) {
            browser.open("grid.xhtml");
            assertEquals(4, browser.driver().findElements(By.cssSelector("#grid > li.tile")).size());

            browser.click(By.linkText("9"));
            assertEquals(9, browser.driver().findElements(By.cssSelector("#grid > li.tile")).size());
            browser.click(By.linkText("16"));
            assertEquals(16, browser.driver().findElements(By.cssSelector("#grid > li.tile")).size());
            assertEquals(8, browser.driver().findElements(By.cssSelector("#grid .badge.live")).size(),
                    "the test server's 8 broadcasting stations, each in one tile");

            String code = browser.find(By.cssSelector("#grid .tile-caption strong")).getText();
            browser.click(By.cssSelector("#grid a.tile-link"));
            assertTrue(browser.find(By.id("station-title")).getText().endsWith(code));
        }
    }

    @Test
    void chosenStationsStayWhenTheSizeChanges() {
        try (Browser browser = new Browser(base)) {
            browser.open("grid.xhtml?size=4&stations=3,2,1,2");
            assertEquals(4, browser.driver().findElements(By.cssSelector("#grid > li.tile")).size());
            assertEquals(1, browser.driver().findElements(By.cssSelector("#grid a.tile-link.empty")).size(),
                    "three distinct stations and one free tile");
            browser.click(By.linkText("9"));
            assertTrue(browser.driver().getCurrentUrl().contains("stations=3%2C2%2C1")
                    || browser.driver().getCurrentUrl().contains("stations=3,2,1"), browser.driver().getCurrentUrl());
            assertEquals(6, browser.driver().findElements(By.cssSelector("#grid a.tile-link.empty")).size());
        }
    }
}
