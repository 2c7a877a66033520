package org.pollcam.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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
 * Who may do what in the registry, checked on the server: every caller against every registry boundary. The calls
 * that change data are built so that an allowed caller gets a harmless answer (unknown constituency or station) and a
 * refused one is stopped before anything runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrySecurityIT {

    private static final Set<Staff> EVERYONE = Set.of(Staff.values());
    private static final Set<Staff> CONTROL_CENTER = Set.of(Staff.OPERATOR, Staff.ADMIN);
    private static final Set<Staff> ADMINISTRATORS = Set.of(Staff.ADMIN);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    private record Boundary(String name, Set<Staff> allowed, int allowedStatus,
                            BiFunction<Api, Staff, HttpResponse<String>> call) {
    }

    private static final List<Boundary> MATRIX = List.of(
            new Boundary("StationDirectory: list stations", EVERYONE, 200,
                    (api, caller) -> api.get("api/stations?size=1", caller)),
            new Boundary("StationDirectory: regions", EVERYONE, 200,
                    (api, caller) -> api.get("api/regions", caller)),
            new Boundary("CameraDirectory: camera addresses", CONTROL_CENTER, 200,
                    (api, caller) -> api.get("api/cameras?size=1", caller)),
            new Boundary("StationAdministration: create", ADMINISTRATORS, 409,
                    (api, caller) -> api.post("api/stations", caller, "application/json",
                            "{\"constituencyNumber\":999,\"number\":1,\"address\":\"Nowhere 1\","
                                    + "\"latitude\":40,\"longitude\":49,\"registeredVoters\":1}")),
            new Boundary("StationAdministration: delete", ADMINISTRATORS, 404,
                    (api, caller) -> api.delete("api/stations/999999998", caller)),
            new Boundary("RegistryTransfer: export", ADMINISTRATORS, 200,
                    (api, caller) -> api.get("api/stations/export", caller)),
            new Boundary("RegistryTransfer: import", ADMINISTRATORS, 422,
                    (api, caller) -> api.post("api/stations/import", caller, "text/csv", "not,a,registry\n")));

    @Test
    void eachCallerReachesExactlyTheBoundariesOfItsRole() {
        Api api = new Api(base);
        List<String> wrong = new ArrayList<>();
        for (Boundary boundary : MATRIX) {
            for (Staff caller : Staff.values()) {
                int expected = boundary.allowed().contains(caller) ? boundary.allowedStatus()
                        : caller == Staff.ANONYMOUS ? 401 : 403;
                int actual = boundary.call().apply(api, caller).statusCode();
                if (actual != expected) {
                    wrong.add(boundary.name() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void anAnonymousCallIsAskedToSignInAndAWrongPasswordIsRefused() {
        Api api = new Api(base);
        HttpResponse<String> anonymous = api.get("api/cameras", Staff.ANONYMOUS);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));

        HttpResponse<String> wrongPassword = api.get("api/cameras", Staff.ANONYMOUS,
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:guess".getBytes()));
        assertEquals(401, wrongPassword.statusCode());
    }

    @Test
    void administrationPagesAreForAdministratorsOnly() {
        Api api = new Api(base);
        Map<Staff, Integer> expected = Map.of(Staff.OPERATOR, 403, Staff.CLERK, 403, Staff.AGENT, 403,
                Staff.ADMIN, 200);
        expected.forEach((caller, status) -> assertEquals(status,
                api.get("admin/stations.xhtml", caller).statusCode(), caller.toString()));

        HttpResponse<String> anonymous = api.get("admin/stations.xhtml", Staff.ANONYMOUS);
        assertTrue(anonymous.body().contains("j_security_check"), "the public is shown the sign-in form");
        assertTrue(!anonymous.body().contains("stationsTable"), "and nothing of the page");
    }
}
