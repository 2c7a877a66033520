package org.pollcam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (from its webjar) run inside the page the browser shows: the WCAG 2.0/2.1 A and AA rules, and the
 * violations of serious or critical impact, one line each (rule, impact, the first offending elements).
 */
public final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version",
            "4.6.3") + "/axe.min.js";
    private static String source;

    private Accessibility() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axeSource());
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        return (List<String>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (result) {
                    done(result.violations
                      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)
                          .map(function (n) { return n.target.join(' '); }).join(', ');
                      }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core not on the test classpath: " + AXE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
