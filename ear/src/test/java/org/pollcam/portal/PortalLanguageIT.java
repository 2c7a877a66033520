package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
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

/**
 * The portal's language switcher: each of Azerbaijani, English and Russian, chosen in the header, changes the page's
 * words and its {@code lang}, and the choice holds on the next page the visitor opens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLanguageIT {

    private record Words(String language, String heading, String findLink, String uptimeLink, String uptimeHeading) {
    }

    private static final List<Words> WORDS = List.of(
            new Words("ru", "Веб-камеры на выборах", "Найти участок", "Время работы камер",
                    "Сколько времени камеры были в эфире"),
            new Words("en", "Election webcams", "Find a station", "Camera uptime",
                    "How long the cameras were on air"),
            new Words("az", "Seçki veb-kameraları", "Məntəqə tap", "Kameraların efir vaxtı",
                    "Kameralar nə qədər efirdə olub"),
            new Words("en", "Election webcams", "Find a station", "Camera uptime",
                    "How long the cameras were on air"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSwitcherChangesTheWordsOfEveryPage() {
        try (Browser browser = new Browser(base)) {
            for (Words words : WORDS) {
                browser.open("");
                browser.click(By.cssSelector("#language a[lang='" + words.language() + "']"));
                assertEquals(words.language(), browser.find(By.tagName("html")).getAttribute("lang"));
                assertEquals(words.heading(), browser.find(By.tagName("h1")).getText(), words.language());
                assertEquals(words.findLink(), browser.find(By.id("nav-find")).getText(), words.language());
                assertEquals(words.uptimeLink(), browser.find(By.id("nav-public-uptime")).getText());
                assertEquals("true", browser.find(By.cssSelector("#language a[lang='" + words.language() + "']"))
                        .getAttribute("aria-current"), "the switcher marks the language in use");

                browser.click(By.id("nav-public-uptime"));
                assertEquals(words.language(), browser.find(By.tagName("html")).getAttribute("lang"));
                assertEquals(words.uptimeHeading(), browser.find(By.tagName("h1")).getText(), words.language());
            }
        }
    }
}
