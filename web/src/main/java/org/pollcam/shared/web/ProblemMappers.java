package org.pollcam.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into a problem response; the cause of a 500 goes to the log only. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static List<Problem.Violation> violations(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
    }

    /** The path below the method and parameter: "update.draft.address" reads "address" to the client. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request has invalid values",
                    violations(e.getConstraintViolations()));
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<EJBException> {

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBException e) {
            if (e instanceof EJBAccessException) {
                if (security.getUserPrincipal() == null) {
                    return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                                    "Sign in with a staff account that may do this"))
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PollCam\"").build();
                }
                return Problem.response(Response.Status.FORBIDDEN, "Your role may not do this");
            }
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                return new InvalidInput().toResponse(invalid);
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete this");
        }
    }

    /** Keeps the status JAX-RS chose (404, 405, 415 ...) and gives it a problem body. */
    @Provider
    public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            return Response.fromResponse(Problem.response(original.getStatusInfo(),
                    original.getStatusInfo().getReasonPhrase(), List.of())).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "API call failed", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "The server could not complete this");
        }
    }
}
