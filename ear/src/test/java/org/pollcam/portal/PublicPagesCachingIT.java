package org.pollcam.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The public pages as a CDN or nginx sees them: an anonymous visit opens no HTTP session and sets no cookie, the page
 * carries an ETag and a short public cache life, and the same bytes again are a 304. Anything that depends on the
 * visitor (a signed-in operator, a language switch) is private.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesCachingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    /** Browsers keep a public page 5 s, nginx or a CDN 30 s, and the caches may serve it while the servers are down. */
    private static final String SHARED_FOR_30_S = "public, max-age=5, s-maxage=30, stale-if-error=600";

    @ArquillianResource
    URL base;

    @Test
    void anAnonymousVisitOpensNoSessionAndIsPubliclyCacheable() {
        Api api = new Api(base);
        Number id = OnAirStations.first(api).getJsonNumber("id").longValue();
        for (String page : List.of("", "find.xhtml", "find.xhtml?q=school", "map.xhtml", "grid.xhtml", "uptime.xhtml",
                "station.xhtml?id=" + id, "archive.xhtml?station=" + id)) {
            HttpResponse<String> response = api.get(page, Staff.ANONYMOUS, "Accept-Language", "ru");

            assertEquals(200, response.statusCode(), page);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), page + ": no session, no cookie");
            assertEquals(SHARED_FOR_30_S, response.headers().firstValue("Cache-Control").orElse(""), page);
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept-Language"), page);
            assertTrue(response.headers().firstValue("ETag").isPresent(), page);
            assertEquals("ru", pageLanguage(response), page + ": the browser's language picks the page's");
        }
    }

    @Test
    void theSameBytesAgainAreNotModified() {
        Api api = new Api(base);
        HttpResponse<String> first = api.get("find.xhtml?region=1", Staff.ANONYMOUS);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = api.get("find.xhtml?region=1", Staff.ANONYMOUS, "If-None-Match", etag);

        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, api.get("find.xhtml?region=2", Staff.ANONYMOUS, "If-None-Match", etag).statusCode());
    }

    @Test
    void aStationPageIsNotModifiedUntilWhatItShowsChanges() {
        Api api = new Api(base);
        int number = 5_000 + ThreadLocalRandom.current().nextInt(4_000);
        String draft = "{\"constituencyNumber\":7,\"number\":" + number + ",\"address\":\"%s\",\"latitude\":40.4,"
                + "\"longitude\":49.8,\"registeredVoters\":900,\"cameras\":[{\"role\":\"OVERVIEW\","
                + "\"streamUrl\":\"http://127.0.0.1:9/none.m3u8\"}]}";
        HttpResponse<String> created = api.post("api/stations", Staff.ADMIN, "application/json",
                draft.formatted("Old school"));
        assertEquals(201, created.statusCode(), created.body());
        String page = "station.xhtml?id=" + Api.json(created).getJsonNumber("id");
        HttpResponse<String> first = api.get(page, Staff.ANONYMOUS, "Accept-Language", "en");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.body().contains("Old school"));

        HttpResponse<String> again = api.get(page, Staff.ANONYMOUS, "Accept-Language", "en", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(SHARED_FOR_30_S, again.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, api.get(page, Staff.ANONYMOUS, "Accept-Language", "ru", "If-None-Match", etag).statusCode(),
                "another language is another page");

        var moved = api.put(page.replace("station.xhtml?id=", "api/stations/"), Staff.ADMIN,
                draft.formatted("New school"));
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> changed = api.get(page, Staff.ANONYMOUS, "Accept-Language", "en", "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("New school"));
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void aLanguageSwitchIsRememberedInACookieAndIsNotSharedInACache() {
        Api api = new Api(base);
        HttpResponse<String> switched = api.get("find.xhtml?region=1&lang=az", Staff.ANONYMOUS);

        assertEquals("az", pageLanguage(switched));
        assertTrue(switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("pollcam_lang=az")),
                switched.headers().allValues("Set-Cookie").toString());
        assertEquals("private, no-cache", switched.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(switched.body().contains("lang=az&amp;lang="), "the switch links replace the language");

        HttpResponse<String> later = api.get("find.xhtml?region=1", Staff.ANONYMOUS, "Cookie", "pollcam_lang=ru");
        assertEquals("ru", pageLanguage(later), "the cookie keeps the choice");
    }

    @Test
    void aSignedInOperatorsPageIsPrivate() {
        HttpResponse<String> response = new Api(base).get("find.xhtml?region=1", Staff.OPERATOR);

        assertEquals(200, response.statusCode());
        assertEquals("private, no-cache", response.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(response.headers().firstValue("ETag").isPresent());
    }

    private static String pageLanguage(HttpResponse<String> page) {
        Matcher html = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"").matcher(page.body());
        return html.find() ? html.group(1) : "";
    }
}
