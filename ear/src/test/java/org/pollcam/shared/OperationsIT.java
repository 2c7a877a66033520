package org.pollcam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/** What administrators and monitoring read: readiness with the database, Prometheus metrics, the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    private Api management() throws Exception {
        return new Api(new URI("http", null, base.getHost(), Integer.getInteger("it.management.port", 9990), "/", null, null).toURL());
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> response = management().get("health/ready", Staff.ANONYMOUS);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Api.json(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> check.getString("name").equals("database")
                        && check.getString("status").equals("UP")), health.toString());
    }

    @Test
    void metricsAreServedInPrometheusFormat() throws Exception {
        HttpResponse<String> response = management().get("metrics", Staff.ANONYMOUS);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("# TYPE"), "Prometheus text exposition");
        assertTrue(response.body().contains("jvm_memory"), response.body().lines().limit(5).toList().toString());
    }

    @Test
    void publishedHlsIsServedWithItsTypesAndCacheHeadersACdnCanUse() throws Exception {
        String database = System.getProperty("arquillian.launch", "wildfly-h2").replace("wildfly-", "");
        Path camera = Path.of(System.getProperty("it.base.dir"), database, "data", "pollcam", "media", "it-camera");
        Files.createDirectories(camera);
        Files.writeString(camera.resolve("index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:2\n");
        Files.write(camera.resolve("segment-1.ts"), new byte[188 * 10]);
        Api api = new Api(base);

        HttpResponse<String> playlist = api.get("media/it-camera/index.m3u8", Staff.ANONYMOUS);
        assertEquals(200, playlist.statusCode());
        assertEquals("application/vnd.apple.mpegurl", playlist.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=1", playlist.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(playlist.body().startsWith("#EXTM3U"));
        assertTrue(playlist.headers().firstValue("Last-Modified").isPresent(), "revalidated by its time");

        // The publisher renames each new playlist over the old one; viewers get the new one at their next request.
        Path next = Files.writeString(camera.resolve("index.m3u8.tmp"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:2\n");
        Files.move(next, camera.resolve("index.m3u8"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(api.get("media/it-camera/index.m3u8", Staff.ANONYMOUS).body().contains("#EXT-X-MEDIA-SEQUENCE:2"));

        HttpResponse<String> segment = api.get("media/it-camera/segment-1.ts", Staff.ANONYMOUS);
        assertEquals("video/mp2t", segment.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(segment.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        assertEquals(188 * 10, segment.body().length());
        assertEquals(403, api.get("media/", Staff.ANONYMOUS).statusCode(), "no directory listing");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> response = new Api(base).get("openapi?format=JSON", Staff.ANONYMOUS);

        assertEquals(200, response.statusCode());
        JsonObject paths = Api.json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/stations"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/stations/{id}"), paths.keySet().toString());
    }
}
