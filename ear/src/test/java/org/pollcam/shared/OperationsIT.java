package org.pollcam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
        return new Api(new URI("http", null, base.getHost(), 9990, "/", null, null).toURL());
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
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> response = new Api(base).get("openapi?format=JSON", Staff.ANONYMOUS);

        assertEquals(200, response.statusCode());
        JsonObject paths = Api.json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/stations"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/stations/{id}"), paths.keySet().toString());
    }
}
