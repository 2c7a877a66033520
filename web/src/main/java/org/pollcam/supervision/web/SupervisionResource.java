package org.pollcam.supervision.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.shared.web.Problem;
import org.pollcam.supervision.boundary.CameraBoard;
import org.pollcam.supervision.boundary.DeadLetters;
import org.pollcam.supervision.boundary.IncidentRefused;
import org.pollcam.supervision.boundary.Incidents;
import org.pollcam.supervision.entity.TileFilter;

/** The control center over HTTP: camera states, incidents and their actions, dead letters (operators, admins). */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class SupervisionResource {

    @Inject
    CameraBoard board;

    @Inject
    Incidents incidents;

    @Inject
    DeadLetters deadLetters;

    @GET
    @Path("counts")
    @Operation(summary = "Cameras per state")
    public Response counts() {
        return noStore(board.counts());
    }

    @GET
    @Path("cameras")
    @Operation(summary = "Camera tiles, faulty first, filtered by region, constituency and state; paged")
    public Response cameras(@QueryParam("region") Long region, @QueryParam("constituency") Long constituency,
                            @QueryParam("state") StreamHealth state, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > 500) {
            return Problem.response(Response.Status.BAD_REQUEST, "page must be ≥ 0 and size from 1 to 500");
        }
        return noStore(board.tiles(new TileFilter(region, constituency, state), page, size));
    }

    @GET
    @Path("incidents")
    @Operation(summary = "Unresolved incidents (or the latest resolved ones with resolved=true)")
    public Response incidents(@QueryParam("resolved") boolean resolved) {
        return noStore(incidents.list(resolved, 500).stream().map(IncidentJson::of).toList());
    }

    @GET
    @Path("incidents/{id: \\d+}")
    @Operation(summary = "One incident with its history")
    public Response incident(@PathParam("id") long id) {
        return incidents.incident(id).map(incident -> noStore(IncidentJson.withHistory(incident)))
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "There is no incident " + id));
    }

    @POST
    @Path("incidents/{id: \\d+}/acknowledgement")
    @Operation(summary = "Acknowledge an incident")
    public Response acknowledge(@PathParam("id") long id, @FormParam("note") String note) {
        return act(() -> IncidentJson.of(incidents.acknowledge(id, note)));
    }

    @POST
    @Path("incidents/{id: \\d+}/assignment")
    @Operation(summary = "Assign an incident to a field technician")
    public Response assign(@PathParam("id") long id, @FormParam("technician") String technician) {
        return act(() -> IncidentJson.of(incidents.assign(id, technician)));
    }

    @POST
    @Path("incidents/{id: \\d+}/resolution")
    @Operation(summary = "Resolve an incident by hand, with a note")
    public Response resolve(@PathParam("id") long id, @FormParam("note") String note) {
        return act(() -> IncidentJson.of(incidents.resolve(id, note)));
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Camera events in the dead-letter queue (admin)")
    public Response deadLetters() {
        return noStore(deadLetters.list(500));
    }

    @POST
    @Path("dead-letters/{messageId}/replay")
    @Operation(summary = "Send a dead camera event back to the camera events queue (admin)")
    public Response replay(@PathParam("messageId") String messageId) {
        return deadLetters.replay(messageId) ? Response.noContent().build()
                : Problem.response(Response.Status.NOT_FOUND, "No such dead letter");
    }

    @DELETE
    @Path("dead-letters/{messageId}")
    @Operation(summary = "Discard a dead camera event for good (admin)")
    public Response discard(@PathParam("messageId") String messageId) {
        return deadLetters.discard(messageId) ? Response.noContent().build()
                : Problem.response(Response.Status.NOT_FOUND, "No such dead letter");
    }

    private static Response act(Supplier<Object> action) {
        try {
            return noStore(action.get());
        } catch (IncidentRefused refused) {
            return Problem.response(Response.Status.CONFLICT, refused.getMessage());
        }
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", "private, no-store").build();
    }
}
