package org.pollcam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, a fresh profile per test class. Waits for PrimeFaces'
 * Ajax queue to drain instead of sleeping.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final Path downloads;

    public Browser(java.net.URL base) {
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
        try {
            profile = Files.createTempDirectory("pollcam-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Waits for a finished download whose name starts with the prefix and returns its bytes. */
    public byte[] downloaded(String prefix) {
        waitUntil(d -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix)
                        && !f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        try (var files = Files.list(downloads)) {
            return Files.readAllBytes(files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        waitForAjax();
    }

    public void signIn(Staff staff) {
        open("login.xhtml");
        driver.findElement(By.id("username")).sendKeys(staff.username());
        driver.findElement(By.id("password")).sendKeys(staff.password());
        driver.findElement(By.id("sign-in-button")).click();
        waitForAjax();
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForAjax();
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Until the document is loaded and PrimeFaces (when on the page) has no Ajax request queued or running. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0)));"));
    }

    /**
     * Until the condition holds, asked again while it does not. An element the condition read may be replaced by a
     * PrimeFaces update in the middle of it (a stale element): that, too, is asked again.
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            capture("timeout");
            throw e;
        }
        waitForAjax();
    }

    /** Keeps a screenshot and the page source under target/browser for whoever reads a failed build. */
    public void capture(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            String file = name + "-" + System.currentTimeMillis();
            Files.write(folder.resolve(file + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(folder.resolve(file + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // capturing is best effort; the original failure is what matters
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
