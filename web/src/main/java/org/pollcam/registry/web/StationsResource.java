package org.pollcam.registry.web;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.registry.boundary.RegistryTransfer;
import org.pollcam.registry.boundary.StationAdministration;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.StationDetails;
import org.pollcam.registry.entity.StationDraft;
import org.pollcam.shared.web.CachedJson;
import org.pollcam.shared.web.Problem;

/** Polling stations: public reads, administrators' changes, CSV import and export. */
@Path("stations")
@Produces(MediaType.APPLICATION_JSON)
public class StationsResource {

    @Inject
    StationDirectory directory;

    @Inject
    StationAdministration administration;

    @Inject
    RegistryTransfer transfer;

    @Inject
    CachedJson cachedJson;

    @Inject
    Validator validator;

    @Context
    Request request;

    @GET
    @Operation(summary = "Stations filtered by region, constituency and text, paged: {items, total, page, size}")
    public Response list(@BeanParam StationListQuery query) {
        var violations = validator.validate(query);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return cachedJson.ok(request, directory.stations(query.filter(), query.sorting(), query.pageNumber(),
                query.pageSize()));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One station with its cameras' roles")
    public Response station(@PathParam("id") long id) {
        return directory.station(id)
                .map(station -> cachedJson.ok(request, station))
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "There is no polling station " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a station with its cameras (admin)")
    @SecurityRequirement(name = "staff")
    public Response create(StationDraft draft, @Context UriInfo uri) {
        StationDetails created = administration.create(valid(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a station and its cameras (admin)")
    @SecurityRequirement(name = "staff")
    public StationDetails update(@PathParam("id") long id, StationDraft draft) {
        return administration.update(id, valid(draft));
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Remove a station and its cameras (admin)")
    @SecurityRequirement(name = "staff")
    public Response delete(@PathParam("id") long id) {
        administration.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import stations and cameras from CSV, all or nothing (admin)")
    @SecurityRequirement(name = "staff")
    public Response importCsv(byte[] csv) {
        RegistryTransfer.ImportResult result = transfer.importCsv(csv);
        if (result.imported()) {
            return Response.ok(result).build();
        }
        List<Problem.Violation> problems = result.problems().stream()
                .map(problem -> new Problem.Violation("line " + problem.line()
                        + (problem.column() == null ? "" : ", " + problem.column()), problem.message()))
                .toList();
        return Problem.response(Problem.UNPROCESSABLE_CONTENT, result.problemCount()
                + " problems; nothing was imported", problems);
    }

    /**
     * Bad input is answered here, before the EJB boundary checks it again: a violation thrown by the EJB container is a
     * system exception it logs with a stack trace, which a typo of an API client does not deserve.
     */
    private StationDraft valid(StationDraft draft) {
        if (draft == null) {
            throw new jakarta.ws.rs.BadRequestException("A station is required");
        }
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return draft;
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "All stations and cameras as CSV in the import format (admin)")
    @SecurityRequirement(name = "staff")
    public Response exportCsv() {
        StringBuilder csv = new StringBuilder(1 << 20);
        transfer.exportCsv(csv);
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.append(csv);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"stations.csv\"").build();
    }
}
