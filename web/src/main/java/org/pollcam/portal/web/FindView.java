package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.ConstituencySummary;
import org.pollcam.registry.entity.RegionSummary;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSort;
import org.pollcam.registry.entity.StationSummary;
import org.primefaces.event.SelectEvent;

/**
 * Finding a station: region → constituency → station as plain links (bookmarkable, cacheable, usable without
 * script), a text search over station code, constituency and address, and the autocomplete of the home page. The
 * registry's own search answers all of them.
 */
@Named
@RequestScoped
public class FindView {

    /** Enough for the largest constituency; a country-wide text search shows its first matches. */
    private static final int MAX_STATIONS = 200;
    private static final int MAX_SUGGESTIONS = 12;

    @Inject
    StationDirectory directory;

    @Inject
    Broadcasts broadcasts;

    private Long region;
    private Integer constituency;
    private String text;
    private List<StationSummary> stations;
    private Set<Long> onAir;

    public List<StationSummary> complete(String query) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        return directory.stationRows(new StationFilter(null, null, query.strip()), StationSort.BY_CODE, 0,
                MAX_SUGGESTIONS);
    }

    /** A suggestion as the list shows it: code · constituency · address (empty for no station). */
    public String label(Object suggestion) {
        return suggestion instanceof StationSummary station
                ? station.code() + " · " + station.constituencyName() + " · " + station.address()
                : suggestion == null ? "" : String.valueOf(suggestion);
    }

    /** The visitor picked a suggestion: open its station. */
    public void open(SelectEvent<Object> event) throws IOException {
        Object picked = event.getObject();
        long id = picked instanceof StationSummary station ? station.id() : Long.parseLong(String.valueOf(picked));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/station.xhtml?id=" + id);
    }

    /** The search button (no suggestion picked): the list of every match. */
    public String search() {
        return "/find.xhtml?faces-redirect=true&q=" + java.net.URLEncoder.encode(text == null ? "" : text.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<RegionSummary> getRegions() {
        return directory.regions();
    }

    public List<ConstituencySummary> getConstituencies() {
        return region == null ? List.of() : directory.constituencies(region);
    }

    public Optional<RegionSummary> getRegionSummary() {
        return region == null ? Optional.empty()
                : directory.regions().stream().filter(r -> r.id() == region).findFirst();
    }

    public Optional<ConstituencySummary> getConstituencySummary() {
        return constituency == null ? Optional.empty()
                : directory.constituencies(null).stream().filter(c -> c.number() == constituency).findFirst();
    }

    /** The stations of the chosen constituency, or those matching the text; empty otherwise. */
    public List<StationSummary> getStations() {
        if (stations == null) {
            boolean searching = text != null && !text.isBlank();
            stations = constituency == null && !searching ? List.of()
                    : directory.stationRows(new StationFilter(null, constituency, searching ? text.strip() : null),
                    StationSort.BY_CODE, 0, MAX_STATIONS);
        }
        return stations;
    }

    public boolean isOnAir(long stationId) {
        if (onAir == null) {
            onAir = broadcasts.stationsOnAir();
        }
        return onAir.contains(stationId);
    }

    public boolean isSearching() {
        return text != null && !text.isBlank();
    }

    public Long getRegion() {
        return region;
    }

    public void setRegion(Long region) {
        this.region = region;
    }

    public Integer getConstituency() {
        return constituency;
    }

    public void setConstituency(Integer constituency) {
        this.constituency = constituency;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }
}
