package org.pollcam.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pollcam.Browser;
import org.pollcam.PollCamDeployment;
import org.pollcam.Staff;

/** The administrators' station registry page in headless Chromium, as an administrator uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StationsViewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        browser.open("admin/stations.xhtml");

        assertTrue(browser.find(By.id("login")).isDisplayed());
        assertTrue(browser.driver().findElements(By.id("stations-form:stations")).isEmpty());
    }

    @Test
    void aWrongPasswordIsToldAndLetsNobodyIn() {
        browser.open("login.xhtml");
        browser.type(By.id("username"), "admin");
        browser.type(By.id("password"), "not-the-password");
        browser.click(By.id("sign-in-button"));

        assertTrue(browser.find(By.id("login-failed")).isDisplayed());
    }

    @Test
    void anAdministratorRegistersAStationWithACameraAndFindsItInTheList() {
        int number = 1_000 + ThreadLocalRandom.current().nextInt(8_000);
        browser.signIn(Staff.ADMIN);
        browser.open("admin/stations.xhtml");

        browser.click(By.id("stations-form:new-station"));
        browser.find(By.id("station-form:constituency"));
        chooseConstituency("No. 7 ");
        browser.type(By.id("station-form:number_input"), Integer.toString(number));
        browser.type(By.id("station-form:address"), "Selenium school, 7 Browser street, Khazar");
        browser.type(By.id("station-form:latitude_input"), "40.4");
        browser.type(By.id("station-form:longitude_input"), "50.1");
        browser.type(By.id("station-form:voters_input"), "812");
        browser.type(By.id("station-form:cameras:0:stream"), "rtsp://10.20.30.40/overview");
        browser.click(By.id("station-form:save"));
        browser.waitUntil(d -> !d.findElement(By.id("station-dialog")).isDisplayed(), Duration.ofSeconds(10));

        browser.type(By.id("stations-form:search"), "7-" + number);
        browser.waitUntil(d -> d.findElement(By.id("stations-form:stations_data")).getText()
                .contains("Selenium school"), Duration.ofSeconds(10));
        String row = browser.find(By.id("stations-form:stations_data")).getText();
        assertTrue(row.contains("7-" + number), row);
        assertTrue(row.contains("812"), row);
    }

    @Test
    void aCsvWithABadLineShowsTheLineAndImportsNothing() throws IOException {
        int constituency = 950 + ThreadLocalRandom.current().nextInt(40);
        Path csv = Files.createTempFile("stations", ".csv");
        Files.writeString(csv, "region,constituency_number,constituency_name,station_number,address,latitude,"
                + "longitude,registered_voters,overview_stream,ballot_box_stream,count_table_stream\n"
                + "Browser region," + constituency + ",Browser test,1,School No. 1,40.1,49.1,500,,,\n"
                + "Browser region," + constituency + ",Browser test,2,School No. 2,40.2,49.2,lots,,,\n");
        browser.signIn(Staff.ADMIN);
        browser.open("admin/stations.xhtml");
        browser.click(By.id("stations-form:import-link"));

        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.waitUntil(d -> !d.findElements(By.id("import-state")).isEmpty(), Duration.ofSeconds(30));

        assertEquals("REJECTED", browser.find(By.id("import-state")).getAttribute("data-state"));
        String problems = browser.find(By.id("import-form:problems")).getText();
        assertTrue(problems.contains("3") && problems.contains("registered_voters"), problems);

        browser.click(By.id("import-form:back"));
        browser.type(By.id("stations-form:search"), "Browser test");
        browser.waitUntil(d -> d.findElement(By.id("stations-form:stations_data")).getText()
                .contains("No polling stations match"), Duration.ofSeconds(10));
        Files.delete(csv);
    }

    @Test
    void anAdministratorExportsTheRegistryAsCsvAndXlsx() {
        browser.signIn(Staff.ADMIN);
        browser.open("admin/stations.xhtml");

        browser.click(By.id("stations-form:export-csv"));
        String csv = new String(browser.downloaded("stations.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("region,constituency_number,constituency_name,station_number,address"), csv);
        assertTrue(csv.lines().count() > 5_500, "every station of the demo country, one per line");

        browser.type(By.id("stations-form:search"), "Nakhchivan City");
        browser.waitUntil(d -> d.findElement(By.id("stations-form:stations_data")).getText()
                .contains("Nakhchivan City"), Duration.ofSeconds(10));
        browser.click(By.id("stations-form:export-xlsx"));
        byte[] xlsx = browser.downloaded("stations.xlsx");
        assertTrue(xlsx.length > 1_000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an Office Open XML (zip) workbook");
    }

    @Test
    void theLanguageSwitchChangesTheTexts() {
        browser.open("");
        assertEquals("Election webcams", browser.find(By.tagName("h1")).getText());

        browser.click(By.cssSelector("#language a[lang='ru']"));
        assertEquals("Веб-камеры на выборах", browser.find(By.tagName("h1")).getText());
        browser.click(By.cssSelector("#language a[lang='az']"));
        assertEquals("Seçki veb-kameraları", browser.find(By.tagName("h1")).getText());
        assertEquals("az", browser.find(By.tagName("html")).getAttribute("lang"));
    }

    private void chooseConstituency(String label) {
        browser.click(By.id("station-form:constituency"));
        browser.type(By.id("station-form:constituency_filter"), label);
        browser.click(By.cssSelector("#station-form\\:constituency_items li[data-label^='" + label + "']"));
        browser.waitUntil(d -> d.findElement(By.id("station-form:constituency_label")).getText().startsWith(label),
                Duration.ofSeconds(5));
    }
}
