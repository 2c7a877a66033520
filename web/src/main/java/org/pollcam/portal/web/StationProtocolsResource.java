package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.portal.boundary.StationProtocols;
import org.pollcam.shared.web.Problem;

/**
 * {@code PUT /api/stations/{id}/protocol}: the station's protocol is signed, its broadcast ends (operator, admin).
 * Idempotent: 201 the first time, 200 after.
 */
@Path("stations/{id: \\d{1,18}}/protocol")
@Produces(MediaType.APPLICATION_JSON)
public class StationProtocolsResource {

    @Inject
    StationProtocols protocols;

    @PUT
    @Operation(summary = "Record that the station's protocol is signed: its cameras go off air (operator, admin)")
    @SecurityRequirement(name = "staff")
    public Response sign(@PathParam("id") long stationId) {
        return switch (protocols.sign(stationId)) {
            case RECORDED -> Response.status(Response.Status.CREATED).build();
            case ALREADY_RECORDED -> Response.ok().build();
            case NO_SUCH_STATION -> Problem.response(Response.Status.NOT_FOUND,
                    "There is no polling station " + stationId);
            case NO_ELECTION -> Problem.response(Response.Status.CONFLICT, "No election is registered");
            case TOO_EARLY -> Problem.response(Response.Status.CONFLICT,
                    "A protocol is signed after the polls close; the election is not counting yet");
        };
    }
}
