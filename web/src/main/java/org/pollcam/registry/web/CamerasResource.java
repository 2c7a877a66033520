package org.pollcam.registry.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.registry.boundary.CameraDirectory;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.shared.web.Problem;

/** Cameras with stream addresses: operators and administrators only, never cached by shared caches. */
@Path("cameras")
@Produces(MediaType.APPLICATION_JSON)
public class CamerasResource {

    @Inject
    CameraDirectory cameras;

    @GET
    @Operation(summary = "Cameras, all or one station's, paged (operator, admin)")
    @SecurityRequirement(name = "staff")
    public Response cameras(@QueryParam("station") String station, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        List<Problem.Violation> invalid = new ArrayList<>();
        if (station != null && !station.matches("\\d{1,18}")) {
            invalid.add(new Problem.Violation("station", "must be a station id"));
        }
        if (page != null && !page.matches("\\d{1,6}")) {
            invalid.add(new Problem.Violation("page", "must be a page number from 0"));
        }
        if (size != null && !(size.matches("\\d{1,3}") && Integer.parseInt(size) >= 1
                && Integer.parseInt(size) <= StationDirectory.MAX_PAGE_SIZE)) {
            invalid.add(new Problem.Violation("size", "must be a number from 1 to " + StationDirectory.MAX_PAGE_SIZE));
        }
        if (!invalid.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request has invalid values", invalid);
        }
        return Response.ok(cameras.cameras(station == null ? null : Long.valueOf(station),
                page == null ? 0 : Integer.parseInt(page), size == null ? 50 : Integer.parseInt(size)))
                .header("Cache-Control", "private, no-store").build();
    }
}
