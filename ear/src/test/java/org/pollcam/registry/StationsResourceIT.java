package org.pollcam.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pollcam.Api;
import org.pollcam.PollCamDeployment;
import org.pollcam.Staff;

/**
 * The registry API against the deployed EAR and its real database (H2, or PostgreSQL with -Ppostgresql), loaded with
 * the demo country: queries, paging, caching, changes by an administrator, CSV import and export, and bad input.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StationsResourceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PollCamDeployment.ear();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void listsTheDemoCountryPagedWithItsTotal() {
        HttpResponse<String> response = api.get("api/stations?page=1&size=25", Staff.ANONYMOUS);

        assertEquals(200, response.statusCode());
        JsonObject page = Api.json(response);
        assertTrue(page.getJsonNumber("total").longValue() >= 5_500, page.toString());
        assertEquals(25, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals("1-26", first.getString("code"), "page 1 of 25 starts with the 26th station of constituency 1");
        assertEquals("Baku", first.getString("regionName"));
    }

    @Test
    void filtersByConstituencyAndCountsWhatTheConstituencyHas() {
        JsonObject constituency = Api.structure(api.get("api/constituencies", Staff.ANONYMOUS)).asJsonArray()
                .getJsonObject(41);
        int number = constituency.getInt("number");

        JsonObject page = Api.json(api.get("api/stations?constituency=" + number + "&size=200", Staff.ANONYMOUS));

        assertEquals(constituency.getJsonNumber("stations").longValue(), page.getJsonNumber("total").longValue());
        assertEquals(page.getInt("total"), page.getJsonArray("items").size());
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(station -> assertEquals(number, station.getInt("constituencyNumber")));
    }

    @Test
    void findsAStationByItsCodeOrAddressAndSortsByVoters() {
        JsonObject byCode = Api.json(api.get("api/stations?q=12-3", Staff.ANONYMOUS));
        assertTrue(byCode.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(station -> station.getString("code").equals("12-3")), byCode.toString());

        JsonObject byStreet = Api.json(api.get("api/stations?q=Nizami%20street&size=5&sort=-registeredVoters",
                Staff.ANONYMOUS));
        List<JsonObject> items = byStreet.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty());
        items.forEach(station -> assertTrue(station.getString("address").contains("Nizami street")));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getInt("registeredVoters") >= items.get(i).getInt("registeredVoters"));
        }
    }

    @Test
    void filtersByRegion() {
        JsonObject nakhchivan = Api.structure(api.get("api/regions", Staff.ANONYMOUS)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(region -> region.getString("name").equals("Nakhchivan")).findFirst().orElseThrow();

        JsonObject page = Api.json(api.get("api/stations?size=200&region=" + nakhchivan.getInt("id"),
                Staff.ANONYMOUS));

        assertTrue(page.getInt("total") > 0);
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(station -> assertEquals("Nakhchivan", station.getString("regionName")));
    }

    @Test
    void answersNotModifiedWhenTheClientHasTheCurrentPage() {
        HttpResponse<String> first = api.get("api/stations?constituency=3", Staff.ANONYMOUS);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));

        HttpResponse<String> again = api.get("api/stations?constituency=3", Staff.ANONYMOUS, "If-None-Match", etag);

        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
    }

    @Test
    void refusesInvalidParametersWithAProblemNamingEachField() {
        HttpResponse<String> response = api.get("api/stations?page=abc&size=0&sort=colour", Staff.ANONYMOUS);

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = Api.json(response);
        List<String> fields = problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("page", "pageSize", "sort")), problem.toString());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name leaks");
    }

    @Test
    void aStationThatDoesNotExistIsAProblem404() {
        HttpResponse<String> response = api.get("api/stations/999999999", Staff.ANONYMOUS);

        assertEquals(404, response.statusCode());
        assertEquals(404, Api.json(response).getInt("status"));
    }

    @Test
    void anAdministratorRegistersChangesAndRemovesAStationWithItsCameras() {
        int number = 5_000 + ThreadLocalRandom.current().nextInt(4_000);
        String draft = stationJson(125, number, "Test school, 1 Test street, Zangilan", 700,
                "{\"role\":\"OVERVIEW\",\"streamUrl\":\"rtsp://10.9.0.1/stream1\",\"credentialRef\":\"cam/125\","
                        + "\"privacyMask\":\" 0,0 0.25,0 0.25,1  0,1 \"}");

        HttpResponse<String> created = api.post("api/stations", Staff.ADMIN, "application/json", draft);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Api.json(created).getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/stations/" + id));

        JsonObject station = Api.json(api.get("api/stations/" + id, Staff.ANONYMOUS));
        assertEquals("125-" + number, station.getString("code"));
        JsonArray cameras = station.getJsonArray("cameras");
        assertEquals(1, cameras.size());
        assertEquals("OVERVIEW", cameras.getJsonObject(0).getString("role"));
        assertFalse(station.toString().contains("rtsp://"), "the public never sees stream addresses");

        JsonObject camera = Api.json(api.get("api/cameras?station=" + id, Staff.OPERATOR))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("rtsp://10.9.0.1/stream1", camera.getString("streamUrl"));
        assertEquals("cam/125", camera.getString("credentialRef"));
        assertEquals("0,0 0.25,0 0.25,1 0,1", camera.getString("privacyMask"), "kept in the media module's form");

        HttpResponse<String> duplicate = api.post("api/stations", Staff.ADMIN, "application/json", draft);
        assertEquals(409, duplicate.statusCode(), duplicate.body());

        HttpResponse<String> updated = api.put("api/stations/" + id, Staff.ADMIN, stationJson(125, number,
                "Test school, 2 Test street, Zangilan", 800, "{\"role\":\"OVERVIEW\",\"streamUrl\":"
                        + "\"rtsp://10.9.0.1/stream1\"},{\"role\":\"BALLOT_BOX\",\"streamUrl\":\"rtsp://10.9.0.2/s\"}"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(2, Api.json(updated).getJsonArray("cameras").size());
        assertEquals(800, Api.json(api.get("api/stations/" + id, Staff.ANONYMOUS)).getInt("registeredVoters"));

        assertEquals(204, api.delete("api/stations/" + id, Staff.ADMIN).statusCode());
        assertEquals(404, api.get("api/stations/" + id, Staff.ANONYMOUS).statusCode());
    }

    @Test
    void refusesAnInvalidStationNamingEveryBadField() {
        String draft = "{\"constituencyNumber\":1,\"number\":9999,\"address\":\" \",\"latitude\":200,"
                + "\"longitude\":49.8,\"registeredVoters\":-5,\"cameras\":[{\"role\":\"OVERVIEW\","
                + "\"streamUrl\":\"ftp://nowhere\",\"privacyMask\":\"0,0 2,0 1,1\"}]}";

        HttpResponse<String> response = api.post("api/stations", Staff.ADMIN, "application/json", draft);

        assertEquals(400, response.statusCode(), response.body());
        List<String> fields = Api.json(response).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("address", "latitude", "registeredVoters", "cameras[0].streamUrl",
                        "cameras[0].privacyMask")),
                fields.toString());
        assertEquals(0, Api.json(api.get("api/stations?q=1-9999", Staff.ANONYMOUS)).getInt("total"));
    }

    @Test
    void aCsvWithOneBadLineImportsNothingAndNamesTheLine() {
        long before = total();
        String csv = header()
                + "Test region,901,Import test I,1,\"School No. 1, 2 Main street\",40.1,49.1,500,,,\n"
                + "Test region,901,Import test I,2,School No. 2,abc,49.2,600,,,\n"
                + "Test region,901,Import test I,3,School No. 3,40.3,49.3,700,,,\n";

        HttpResponse<String> response = api.post("api/stations/import", Staff.ADMIN, "text/csv", csv);

        assertEquals(422, response.statusCode(), response.body());
        JsonObject violation = Api.json(response).getJsonArray("violations").getJsonObject(0);
        assertEquals("line 3, latitude", violation.getString("field"));
        assertEquals(before, total(), "nothing of the file was imported");
    }

    @Test
    void aGoodCsvImportsAndTheExportReadsItBack() {
        int constituency = 902 + ThreadLocalRandom.current().nextInt(90);
        String csv = header()
                + "Test region," + constituency + ",Import test II,1,\"Lyceum No. 4, 3 Sabir street\",40.1,49.1,"
                + "500,http://127.0.0.1:8090/cameras/x-overview.m3u8,,\n"
                + "Test region," + constituency + ",Import test II,2,Village club,40.2,49.2,600,,,\n";

        HttpResponse<String> response = api.post("api/stations/import", Staff.ADMIN, "text/csv", csv);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject imported = Api.json(response);
        assertTrue(imported.getBoolean("imported"));
        assertEquals(2, Api.json(api.get("api/stations?constituency=" + constituency, Staff.ANONYMOUS))
                .getInt("total"));

        HttpResponse<String> export = api.get("api/stations/export", Staff.ADMIN);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith(header()));
        assertTrue(export.body().contains("Test region," + constituency
                + ",Import test II,1,\"Lyceum No. 4, 3 Sabir street\",40.100000,49.100000,500,"
                + "http://127.0.0.1:8090/cameras/x-overview.m3u8,,"), "exported in the import format");
    }

    private long total() {
        return Api.json(api.get("api/stations?size=1", Staff.ANONYMOUS)).getJsonNumber("total").longValue();
    }

    private static String header() {
        return "region,constituency_number,constituency_name,station_number,address,latitude,longitude,"
                + "registered_voters,overview_stream,ballot_box_stream,count_table_stream\n";
    }

    private static String stationJson(int constituency, int number, String address, int voters, String cameras) {
        return "{\"constituencyNumber\":" + constituency + ",\"number\":" + number + ",\"address\":\""
                + address + "\",\"latitude\":39.2,\"longitude\":46.6,\"registeredVoters\":" + voters
                + ",\"cameras\":[" + cameras + "]}";
    }
}
