package org.pollcam.registry.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSort;
import org.pollcam.registry.entity.StationSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the stations table one page at a time; the database pages, sorts, filters and counts. */
class StationLazyModel extends LazyDataModel<StationSummary> {

    private static final long serialVersionUID = 1L;

    private final transient StationDirectory directory;
    private final transient Supplier<StationFilter> filter;

    StationLazyModel(StationDirectory directory, Supplier<StationFilter> filter) {
        this.directory = directory;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.countStations(filter.get());
    }

    @Override
    public List<StationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        StationSort sort = sortBy.values().stream().findFirst()
                .flatMap(meta -> StationSort.parse((meta.getOrder() == SortOrder.DESCENDING ? "-" : "")
                        + meta.getField()))
                .orElse(StationSort.BY_CODE);
        return directory.stationRows(filter.get(), sort, first, pageSize);
    }

    @Override
    public String getRowKey(StationSummary station) {
        return Long.toString(station.id());
    }
}
