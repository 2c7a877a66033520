package org.pollcam.supervision.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.ConstituencySummary;
import org.pollcam.registry.entity.RegionSummary;
import org.pollcam.supervision.boundary.CameraBoard;
import org.pollcam.supervision.entity.CameraTile;
import org.pollcam.supervision.entity.TileFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The control center's dashboard: counts by state and a paged grid of camera tiles, filtered by region,
 * constituency and state. Changes arrive over the WebSocket and are applied in the page; nothing polls.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CameraBoard board;

    @Inject
    transient StationDirectory directory;

    private Long regionId;
    private Long constituencyId;
    private StreamHealth state;
    private List<RegionSummary> regions;
    private Map<StreamHealth, Long> counts;
    private LazyDataModel<CameraTile> tiles;

    @PostConstruct
    void load() {
        regions = directory.regions();
        counts = board.counts();
        tiles = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) board.tiles(filter(), 0, 1).total();
            }

            @Override
            public List<CameraTile> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return board.tiles(filter(), first / pageSize, pageSize).items();
            }

            @Override
            public String getRowKey(CameraTile tile) {
                return Long.toString(tile.cameraId());
            }
        };
    }

    public void refresh() {
        counts = board.counts();
    }

    private TileFilter filter() {
        return new TileFilter(regionId, constituencyId, state);
    }

    public List<ConstituencySummary> getConstituencies() {
        return regionId == null ? List.of() : directory.constituencies(regionId);
    }

    public StreamHealth[] getStates() {
        return StreamHealth.values();
    }

    public Map<StreamHealth, Long> getCounts() {
        return counts;
    }

    public LazyDataModel<CameraTile> getTiles() {
        return tiles;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getConstituencyId() {
        return constituencyId;
    }

    public void setConstituencyId(Long constituencyId) {
        this.constituencyId = constituencyId;
    }

    public StreamHealth getState() {
        return state;
    }

    public void setState(StreamHealth state) {
        this.state = state;
    }
}
