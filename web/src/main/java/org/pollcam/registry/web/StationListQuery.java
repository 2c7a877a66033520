package org.pollcam.registry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSort;

/**
 * The query parameters of a station list, taken as text and validated, so that {@code page=abc} is a 400 with a
 * message instead of the 404 JAX-RS gives for unconvertible parameters.
 */
public class StationListQuery {

    @QueryParam("region")
    @Pattern(regexp = "\\d{1,18}", message = "must be a region id")
    String region;

    @QueryParam("constituency")
    @Pattern(regexp = "\\d{1,3}", message = "must be a constituency number")
    String constituency;

    @QueryParam("q")
    @Size(max = 100)
    String text;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,6}", message = "must be a page number from 0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "\\d{1,3}", message = "must be a number from 1 to " + StationDirectory.MAX_PAGE_SIZE)
    String size;

    @QueryParam("sort")
    @Pattern(regexp = "-?(code|region|constituency|address|registeredVoters)",
            message = "must be one of code, region, constituency, address, registeredVoters, optionally with -")
    String sort;

    @Min(1)
    @Max(StationDirectory.MAX_PAGE_SIZE)
    public Integer getPageSize() {
        return size != null && size.matches("\\d{1,3}") ? Integer.valueOf(size) : null;
    }

    public StationFilter filter() {
        return new StationFilter(region == null ? null : Long.valueOf(region),
                constituency == null ? null : Integer.valueOf(constituency), text);
    }

    public StationSort sorting() {
        return StationSort.parse(sort).orElse(StationSort.BY_CODE);
    }

    public int pageNumber() {
        return Integer.parseInt(page);
    }

    public int pageSize() {
        return Integer.parseInt(size);
    }
}
