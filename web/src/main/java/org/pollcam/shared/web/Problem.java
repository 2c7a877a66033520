package org.pollcam.shared.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error as the API answers it (RFC 9457 problem details): what went wrong in words a client can show, and for bad
 * input each field with its message. Never a stack trace.
 */
public record Problem(String title, int status, String detail, List<Violation> violations) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** 422: well-formed, but its content cannot be accepted (JAX-RS 3.1 has no constant for it). */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public record Violation(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, violations))
                .build();
    }
}
