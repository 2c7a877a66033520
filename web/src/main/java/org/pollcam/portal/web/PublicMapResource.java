package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.registry.entity.StationCode;

/**
 * The map's data: region outlines as GeoJSON (the hull of each region's stations, no outside boundary data) and every
 * station with cameras with its state now: LIVE (on air), FAULT (a camera off air for a fault), OFF (not on air).
 */
@Path("public/map")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMapResource {

    @Inject
    Broadcasts broadcasts;

    @Inject
    org.pollcam.shared.web.CachedJson cachedJson;

    @Context
    Request request;

    public record Geometry(String type, List<List<double[]>> coordinates) {
    }

    public record Feature(String type, Map<String, String> properties, Geometry geometry) {
    }

    public record FeatureCollection(String type, List<Feature> features) {
    }

    public record MapStation(long id, String code, double lat, double lon, String state) {
    }

    public record MapData(FeatureCollection regions, List<MapStation> stations) {
    }

    @GET
    @Operation(summary = "Region outlines (GeoJSON) and the stations with cameras, each LIVE, FAULT or OFF")
    public Response map() {
        Broadcasts.PortalMap map = broadcasts.map();
        Set<Long> onAir = broadcasts.stationsOnAir();
        Set<Long> faulty = broadcasts.stationsWithFaults();
        List<Feature> features = map.outlines().entrySet().stream()
                .map(e -> new Feature("Feature", Map.of("name", e.getKey()), new Geometry("Polygon",
                        List.of(e.getValue().stream().map(p -> new double[] {round(p.lon()), round(p.lat())})
                                .toList()))))
                .toList();
        List<MapStation> stations = map.stations().stream()
                .map(p -> new MapStation(p.id(), new StationCode(p.constituencyNumber(), p.number()).toString(),
                        p.latitude().doubleValue(), p.longitude().doubleValue(),
                        faulty.contains(p.id()) ? "FAULT" : onAir.contains(p.id()) ? "LIVE" : "OFF"))
                .toList();
        return cachedJson.ok(request, new MapData(new FeatureCollection("FeatureCollection", features), stations));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }
}
