package org.pollcam.registry.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pollcam.registry.boundary.RegistryRejection;
import org.pollcam.shared.web.Problem;

/** A refused registry change: 404 for a station that is gone, 409 for a number taken or an unknown constituency. */
@Provider
public class RegistryRejectionMapper implements ExceptionMapper<RegistryRejection> {

    @Override
    public Response toResponse(RegistryRejection e) {
        return Problem.response(switch (e.getReason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case UNKNOWN_CONSTITUENCY, STATION_NUMBER_TAKEN -> Response.Status.CONFLICT;
        }, e.getMessage());
    }
}
