package org.pollcam.supervision.web;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.shared.web.Problem;
import org.pollcam.supervision.boundary.CameraBoard;
import org.pollcam.supervision.boundary.CameraChecks;
import org.pollcam.supervision.boundary.EncoderPush;
import org.pollcam.supervision.boundary.PushTokens;
import org.pollcam.supervision.entity.EventKind;
import org.pollcam.supervision.entity.PushedEvent;

/**
 * One camera's supervision: an operator's check now, its health and timeline; the encoder's pushes (with the
 * camera's token as {@code Authorization: Bearer}); an administrator issuing that token.
 */
@Path("cameras/{id: \\d+}")
@Produces(MediaType.APPLICATION_JSON)
public class CameraSupervisionResource {

    private static final String BEARER = "Bearer ";

    @Inject
    CameraChecks checks;

    @Inject
    CameraBoard board;

    @Inject
    EncoderPush push;

    @Inject
    PushTokens tokens;

    @POST
    @Path("checks")
    @Operation(summary = "Look at the camera's stream now: state, reason, evidence, snapshot (operator, admin)")
    @SecurityRequirement(name = "staff")
    public Response check(@PathParam("id") long id) {
        return checks.check(id)
                .map(check -> Response.ok(check).header("Cache-Control", "private, no-store").build())
                .orElseGet(() -> noCamera(id));
    }

    @POST
    @Path("approved-view")
    @Operation(summary = "The camera's current picture becomes its reference: a different scene is MOVED (operator, admin)")
    @SecurityRequirement(name = "staff")
    public Response approveView(@PathParam("id") long id) {
        return checks.approveView(id)
                .map(approved -> approved ? Response.noContent().build()
                        : Problem.response(Response.Status.CONFLICT, "Camera " + id + " has no picture yet"))
                .orElseGet(() -> Problem.response(Response.Status.CONFLICT, "Camera " + id + " was not checked yet"));
    }

    @GET
    @Path("timeline")
    @Operation(summary = "The camera's health and its latest timeline entries, newest first (operator, admin)")
    @SecurityRequirement(name = "staff")
    public Response timeline(@PathParam("id") long id) {
        return board.timeline(id, 1000)
                .map(timeline -> Response.ok(timeline).header("Cache-Control", "private, no-store").build())
                .orElseGet(() -> noCamera(id));
    }

    @POST
    @Path("heartbeats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The encoder says it is alive (camera push token); 202 once durably queued")
    public Response heartbeat(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @NotNull @Valid PushedEvent event) {
        return accepted(push.accept(id, token(authorization), EventKind.HEARTBEAT, event));
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The encoder reports its camera's state (camera push token); 202 once durably queued")
    public Response event(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @NotNull @Valid PushedEvent event) {
        return accepted(push.accept(id, token(authorization), EventKind.STATE, event));
    }

    @POST
    @Path("push-token")
    @Operation(summary = "Issue the camera's push token, shown once; revokes the previous one (admin)")
    @SecurityRequirement(name = "staff")
    public Response issueToken(@PathParam("id") long id) {
        return tokens.issue(id)
                .map(token -> Response.status(Response.Status.CREATED).entity(Map.of("token", token))
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> noCamera(id));
    }

    private static Response accepted(String eventId) {
        return Response.accepted(Map.of("eventId", eventId)).build();
    }

    private static String token(String authorization) {
        return authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip() : null;
    }

    private static Response noCamera(long id) {
        return Problem.response(Response.Status.NOT_FOUND, "There is no camera " + id);
    }
}
