package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.boundary.ElectionArchive;
import org.pollcam.portal.entity.Replay;
import org.pollcam.shared.web.Problem;

/**
 * Viewers' heartbeats, and replays from the archive. A player posts {@code {"viewer": "<random id of its tab>"}} every
 * 10–15 s while it shows the camera; that is what keeps the camera published and counted. The id is made up by the
 * tab and kept in memory for less than a minute; no address or cookie is recorded. A replay is an HLS VOD playlist of
 * the camera's archived segments from a moment on; a range that is over may be cached for a day.
 */
@Path("public/cameras")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCamerasResource {

    private static final Pattern VIEWER = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /** An HLS playlist (RFC 8216). */
    public static final String HLS = "application/vnd.apple.mpegurl";
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final int CLOSED_MAX_AGE = 86_400;
    private static final int OPEN_MAX_AGE = 2;

    @Inject
    Broadcasts broadcasts;

    @Inject
    ElectionArchive archive;

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

    @GET
    @Path("{id: \\d{1,18}}/archive")
    @Produces(HLS)
    @Operation(summary = "The camera's archived footage from a UTC time (from=2026-12-07T10:15:00Z), up to an hour or"
            + " to now, as an HLS VOD playlist; 404 when nothing public is archived from then")
    public Response replay(@PathParam("id") long cameraId, @QueryParam("from") String from) {
        Instant start = time(from);
        if (start == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "The replay needs the time to start from",
                    List.of(new Problem.Violation("from", "must be a UTC time such as 2026-12-07T10:15:00Z")));
        }
        Replay replay = archive.replay(cameraId, start);
        if (replay instanceof Replay.Playable playable) {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(playable.closed() ? CLOSED_MAX_AGE : OPEN_MAX_AGE);
            return Response.ok(playable.playlist(), HLS).cacheControl(cache).build();
        }
        Replay.Refused refused = (Replay.Refused) replay;
        return Problem.response(Response.Status.NOT_FOUND, switch (refused.reason()) {
            case UNKNOWN_CAMERA -> "There is no camera " + cameraId;
            case NOT_OFFERED -> "Camera " + cameraId + " was not on air at " + start + " (" + refused.offAir()
                    + "): its footage is not public";
            case EXPIRED -> "Footage from " + start + " is past its retention period and has been deleted";
            case NOTHING_ARCHIVED -> "Nothing is archived for camera " + cameraId + " from " + start;
        });
    }

    /** The time if {@code text} is a real UTC instant in ISO form, else null. */
    static Instant time(String text) {
        if (text == null || !TIME.matcher(text).matches()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
