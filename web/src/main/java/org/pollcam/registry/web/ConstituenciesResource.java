package org.pollcam.registry.web;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.shared.web.CachedJson;
import org.pollcam.shared.web.Problem;

/** Constituencies, all or those of one region, with their number of stations. */
@Path("constituencies")
@Produces(MediaType.APPLICATION_JSON)
public class ConstituenciesResource {

    @Inject
    StationDirectory directory;

    @Inject
    CachedJson cachedJson;

    @GET
    public Response constituencies(@QueryParam("region") String region, @Context Request request) {
        if (region != null && !region.matches("\\d{1,18}")) {
            return Problem.response(Response.Status.BAD_REQUEST, "region must be a region id",
                    java.util.List.of(new Problem.Violation("region", "must be a region id")));
        }
        return cachedJson.ok(request, directory.constituencies(region == null ? null : Long.valueOf(region)));
    }
}
