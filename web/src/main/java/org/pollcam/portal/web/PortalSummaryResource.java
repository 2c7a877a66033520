package org.pollcam.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.entity.PortalSummary;
import org.pollcam.registry.entity.ElectionPhase;

/** The home page's live counters, refreshed by the page every few seconds; public and briefly cacheable. */
@Path("public/summary")
@Produces(MediaType.APPLICATION_JSON)
public class PortalSummaryResource {

    @Inject
    Broadcasts broadcasts;

    public record Summary(ElectionPhase phase, long stationsOnAir, long camerasOnline, long camerasUnchecked,
                          long viewers) {
    }

    @GET
    @Operation(summary = "The election's phase and the live counters: stations on air, cameras online, viewers now")
    public Response summary() {
        PortalSummary counters = broadcasts.summary();
        ElectionPhase phase = broadcasts.election().map(e -> e.phase()).orElse(null);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(5);
        return Response.ok(new Summary(phase, counters.stationsOnAir(), counters.camerasOnline(),
                counters.camerasUnchecked(), counters.viewers())).cacheControl(cache).build();
    }
}
