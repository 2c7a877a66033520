package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.entity.CameraAir;
import org.pollcam.portal.entity.StationAir;

/**
 * Multi-view: a 4, 9 or 16 tile grid of stations, each tile the station's main camera as a snapshot that refreshes
 * every few seconds, and a click to its live player. Snapshots rather than live players: sixteen videos would cost
 * the viewer's bandwidth and the server sixteen publishers for one person. The stations come from the URL
 * ({@code stations=1,2,3}) or, by default, the first stations on air.
 */
@Named
@RequestScoped
public class GridView {

    public static final List<Integer> SIZES = List.of(4, 9, 16);

    @Inject
    Broadcasts broadcasts;

    private String size;
    private String stations;
    private List<Tile> tiles;

    /** One tile: a station and the camera shown, or an empty tile ({@code station} null). */
    public record Tile(StationAir station, CameraAir camera, String snapshotPath) {
    }

    public int getColumns() {
        return (int) Math.round(Math.sqrt(getTileCount()));
    }

    public int getTileCount() {
        return size != null && SIZES.contains(parse(size).orElse(0L).intValue()) ? Integer.parseInt(size) : 4;
    }

    public List<Integer> getSizes() {
        return SIZES;
    }

    public List<Tile> getTiles() {
        if (tiles == null) {
            int count = getTileCount();
            List<Long> ids = stations == null || stations.isBlank()
                    ? broadcasts.stationsOnAir().stream().sorted().limit(count).toList()
                    : Arrays.stream(stations.split(",")).map(GridView::parse).flatMap(Optional::stream)
                    .distinct().limit(count).toList();
            tiles = new ArrayList<>();
            for (Long id : ids) {
                broadcasts.station(id).ifPresent(station -> tiles.add(tile(station)));
            }
            while (tiles.size() < count) {
                tiles.add(new Tile(null, null, null));
            }
        }
        return tiles;
    }

    /** The chosen stations as the {@code stations} parameter, so that a size switch keeps them. */
    public String getStationList() {
        return String.join(",", getTiles().stream().filter(t -> t.station() != null)
                .map(t -> Long.toString(t.station().station().id())).toList());
    }

    private Tile tile(StationAir station) {
        CameraAir camera = station.cameras().stream()
                .min(Comparator.comparing((CameraAir c) -> !c.onAir()).thenComparing(CameraAir::role))
                .orElse(null);
        String snapshot = camera == null ? null : broadcasts.snapshotTaken(camera.id())
                .map(at -> "/media/snapshots/" + camera.id() + ".jpg?t=" + at.toEpochMilli()).orElse(null);
        return new Tile(station, camera, snapshot);
    }

    private static Optional<Long> parse(String text) {
        return Stream.of(text.strip()).filter(t -> t.matches("\\d{1,18}")).map(Long::valueOf).findFirst();
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getStations() {
        return stations;
    }

    public void setStations(String stations) {
        this.stations = stations == null || stations.length() <= 400 ? stations : stations.substring(0, 400);
    }
}
