package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.portal.boundary.PublicUptimes;
import org.pollcam.shared.web.CachedJson;
import org.pollcam.shared.web.Problem;

/**
 * The current election's uptime figures as open data, for anonymous clients and a CDN in front: the same figures as
 * the public page (country, regions, constituencies, outages with cause state, never reasons). The figures are
 * renewed once a minute, so the ETag stays the same meanwhile and revalidation costs nothing.
 */
@Path("public/uptime")
@Produces(MediaType.APPLICATION_JSON)
public class PublicUptimeResource {

    @Inject
    PublicUptimes uptimes;

    @Inject
    CachedJson cachedJson;

    @Context
    Request request;

    @GET
    @Operation(summary = "The current election's share of voting and counting time on air per region and"
            + " constituency, and every outage with station, camera role, times and cause state")
    public Response uptime() {
        return uptimes.current().map(figures -> cachedJson.ok(request, figures))
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "There is no election yet"));
    }
}
