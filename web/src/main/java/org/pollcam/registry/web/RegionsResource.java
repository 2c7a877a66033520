package org.pollcam.registry.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.shared.web.CachedJson;

/** The regions of the country with their number of constituencies. */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

    @Inject
    StationDirectory directory;

    @Inject
    CachedJson cachedJson;

    @GET
    public Response regions(@Context Request request) {
        return cachedJson.ok(request, directory.regions());
    }
}
