package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.shared.web.Problem;

/**
 * Viewers' heartbeats. A player posts {@code {"viewer": "<random id of its tab>"}} every 10–15 s while it shows the
 * camera; that is what keeps the camera published and counted. The id is made up by the tab and kept in memory for
 * less than a minute; no address or cookie is recorded.
 */
@Path("public/cameras")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCamerasResource {

    private static final Pattern VIEWER = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Inject
    Broadcasts broadcasts;

    @POST
    @Path("{id: \\d{1,18}}/viewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A viewer watches the camera: {state: LIVE|STARTING|FULL|OFF_AIR, playlist, viewers, offAir}")
    public Response watch(@PathParam("id") long cameraId, JsonObject body) {
        String viewer = body != null && body.get("viewer") instanceof JsonString text ? text.getString() : null;
        if (viewer == null || !VIEWER.matcher(viewer).matches()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The heartbeat needs a viewer id",
                    List.of(new Problem.Violation("viewer", "must be 8 to 64 letters, digits, - or _")));
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return broadcasts.watch(cameraId, viewer)
                .map(watch -> Response.ok(watch).cacheControl(noStore).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "There is no camera " + cameraId));
    }
}
