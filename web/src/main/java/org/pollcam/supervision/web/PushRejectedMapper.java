package org.pollcam.supervision.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pollcam.shared.web.Problem;
import org.pollcam.supervision.boundary.PushRejected;

/** A refused encoder push: 401 with a Bearer challenge for a wrong token, 422 for an event that cannot be. */
@Provider
public class PushRejectedMapper implements ExceptionMapper<PushRejected> {

    @Override
    public Response toResponse(PushRejected rejected) {
        if (rejected.reason() == PushRejected.Reason.UNAUTHORIZED) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, rejected.getMessage()))
                    .header("WWW-Authenticate", "Bearer realm=\"camera push\"").build();
        }
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, rejected.getMessage());
    }
}
