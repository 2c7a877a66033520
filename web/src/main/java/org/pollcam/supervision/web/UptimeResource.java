package org.pollcam.supervision.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pollcam.shared.web.Problem;
import org.pollcam.supervision.boundary.UptimeReports;
import org.pollcam.supervision.entity.UptimeReport;

/**
 * The uptime report of an election day for the control center: JSON with every level and outage, or one table as
 * CSV ({@code ?format=csv} or {@code Accept: text/csv}). Made fresh on each call and never cached by others.
 */
@Path("uptime")
public class UptimeResource {

    private static final MediaType CSV = new MediaType("text", "csv");

    @Inject
    UptimeReports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Uptime report of an election (default: the current one): ONLINE shares of voting and"
            + " counting per region, constituency, station and camera, and outages with cause (operator, admin)."
            + " ?format=csv&table=regions|constituencies|stations|cameras|outages for one table as CSV")
    @SecurityRequirement(name = "staff")
    public Response report(@QueryParam("election") String election, @QueryParam("format") String format,
                           @QueryParam("table") String table, @Context HttpHeaders headers) {
        List<Problem.Violation> invalid = new ArrayList<>();
        if (election != null && !election.matches("\\d{1,18}")) {
            invalid.add(new Problem.Violation("election", "must be an election id"));
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            invalid.add(new Problem.Violation("format", "must be json or csv"));
        }
        UptimeCsv.Table csvTable = table(table);
        if (table != null && csvTable == null) {
            invalid.add(new Problem.Violation("table",
                    "must be regions, constituencies, stations, cameras or outages"));
        }
        if (!invalid.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request has invalid values", invalid);
        }
        var found = reports.report(election == null ? null : Long.valueOf(election));
        if (found.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND,
                    election == null ? "There is no election yet" : "There is no election " + election);
        }
        UptimeReport report = found.get();
        if ("csv".equals(format) || format == null && prefersCsv(headers)) {
            UptimeCsv.Table which = csvTable == null ? UptimeCsv.Table.CAMERAS : csvTable;
            return Response.ok(UptimeCsv.write(report, which), CSV.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"uptime-" + report.electionDay() + "-"
                            + which.name().toLowerCase(Locale.ROOT) + ".csv\"")
                    .header("Cache-Control", "private, no-store").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "private, no-store").build();
    }

    private static UptimeCsv.Table table(String name) {
        if (name == null) {
            return null;
        }
        for (UptimeCsv.Table table : UptimeCsv.Table.values()) {
            if (table.name().equalsIgnoreCase(name)) {
                return table;
            }
        }
        return null;
    }

    /** CSV only when the client ranks it above JSON; a browser's or curl's {@code *}{@code /*} gets JSON. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }
}
