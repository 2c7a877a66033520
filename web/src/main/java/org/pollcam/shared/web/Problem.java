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

    public record Violation(String field, String message) {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, violations))
                .build();
    }
}
