package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.entity.CameraAir;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.portal.entity.StationAir;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.registry.entity.StationSummary;
import org.pollcam.registry.web.StationListQuery;
import org.pollcam.shared.Page;
import org.pollcam.shared.web.CachedJson;
import org.pollcam.shared.web.Problem;

/**
 * The stations as the public sees them, for anonymous clients (apps, the map, a CDN in front): whether each is on
 * air now and, per station, each camera's state and public playlist. Never a stream address. Answers carry an ETag
 * and a short public cache life.
 */
@Path("public/stations")
@Produces(MediaType.APPLICATION_JSON)
public class PublicStationsResource {

    @Inject
    StationDirectory directory;

    @Inject
    Broadcasts broadcasts;

    @Inject
    CachedJson cachedJson;

    @Inject
    Validator validator;

    @Context
    Request request;

    public record PublicStation(long id, String code, int constituencyNumber, String constituencyName,
                                String regionName, int number, String address, BigDecimal latitude,
                                BigDecimal longitude, int registeredVoters, long cameraCount, boolean onAir) {

        static PublicStation of(StationSummary s, boolean onAir) {
            return new PublicStation(s.id(), s.code(), s.constituencyNumber(), s.constituencyName(), s.regionName(),
                    s.number(), s.address(), s.latitude(), s.longitude(), s.registeredVoters(), s.cameraCount(),
                    onAir);
        }
    }

    public record PublicCamera(long id, CameraRole role, boolean onAir, OffAir offAir, StreamHealth health,
                               Instant since, String playlist, String snapshot) {
    }

    public record StationPage(long id, String code, int constituencyNumber, String constituencyName,
                              String regionName, int number, String address, BigDecimal latitude,
                              BigDecimal longitude, int registeredVoters, ElectionPhase phase, boolean broadcast,
                              boolean onAir, List<PublicCamera> cameras) {
    }

    @GET
    @Operation(summary = "Stations filtered by region, constituency and text, paged, each with onAir:"
            + " {items, total, page, size}")
    public Response list(@BeanParam StationListQuery query) {
        var violations = validator.validate(query);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Page<StationSummary> page = directory.stations(query.filter(), query.sorting(), query.pageNumber(),
                query.pageSize());
        Set<Long> onAir = broadcasts.stationsOnAir();
        return cachedJson.ok(request, new Page<>(page.items().stream()
                .map(s -> PublicStation.of(s, onAir.contains(s.id()))).toList(), page.total(), page.page(),
                page.size()));
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @Operation(summary = "One station with each camera's state: on air (with its playlist) or why not")
    public Response station(@PathParam("id") long id) {
        return broadcasts.station(id)
                .map(station -> cachedJson.ok(request, page(station)))
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "There is no polling station " + id));
    }

    private StationPage page(StationAir air) {
        var s = air.station();
        List<PublicCamera> cameras = air.cameras().stream().map(this::camera).toList();
        return new StationPage(s.id(), s.code(), s.constituencyNumber(), s.constituencyName(), s.regionName(),
                s.number(), s.address(), s.latitude(), s.longitude(), s.registeredVoters(), air.phase(),
                air.broadcast(), air.onAir(), cameras);
    }

    private PublicCamera camera(CameraAir camera) {
        String snapshot = broadcasts.snapshotTaken(camera.id())
                .map(at -> "/media/snapshots/" + camera.id() + ".jpg").orElse(null);
        return new PublicCamera(camera.id(), camera.role(), camera.onAir(), camera.offAir(), camera.health(),
                camera.since(), camera.onAir() ? "/media/live/" + camera.id() + "/index.m3u8" : null, snapshot);
    }
}
