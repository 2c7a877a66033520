package org.pollcam.supervision.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pollcam.registry.entity.BroadcastCamera;
import org.pollcam.supervision.entity.BroadcastDay;
import org.pollcam.supervision.entity.CameraUptime;
import org.pollcam.supervision.entity.Outage;
import org.pollcam.supervision.entity.OutageRow;
import org.pollcam.supervision.entity.UptimeFigures;
import org.pollcam.supervision.entity.UptimeRow;

/**
 * Rolls cameras' uptime up to stations, constituencies, regions and the country, summing time (see
 * {@link UptimeFigures}), in the order the cameras are given (region, constituency, station, role).
 */
public final class UptimeBreakdown {

    private final BroadcastDay day;
    private final List<BroadcastCamera> cameras;
    private final Map<Long, CameraUptime> uptimes;

    /** @param uptimes an entry for every camera */
    public UptimeBreakdown(BroadcastDay day, List<BroadcastCamera> cameras, Map<Long, CameraUptime> uptimes) {
        this.day = day;
        this.cameras = List.copyOf(cameras);
        this.uptimes = uptimes;
        for (BroadcastCamera camera : cameras) {
            if (!uptimes.containsKey(camera.cameraId())) {
                throw new IllegalArgumentException("no uptime for camera " + camera.cameraId());
            }
        }
    }

    public UptimeFigures country() {
        return cameras.stream().map(this::figures).reduce(UptimeFigures.NONE, UptimeFigures::plus);
    }

    public List<UptimeRow> regions() {
        return rollUp(BroadcastCamera::regionId,
                camera -> new UptimeRow(camera.regionId(), camera.regionName(), null, null, null, null, null));
    }

    public List<UptimeRow> constituencies() {
        return rollUp(BroadcastCamera::constituencyId,
                camera -> new UptimeRow(camera.constituencyId(), camera.regionName(), camera.constituencyTitle(),
                        null, null, null, null));
    }

    public List<UptimeRow> stations() {
        return rollUp(BroadcastCamera::stationId,
                camera -> new UptimeRow(camera.stationId(), camera.regionName(), camera.constituencyTitle(),
                        camera.stationCode(), camera.address(), null, null));
    }

    public List<UptimeRow> cameras() {
        return cameras.stream().map(camera -> new UptimeRow(camera.cameraId(), camera.regionName(),
                camera.constituencyTitle(), camera.stationCode(), camera.address(), camera.role(), figures(camera)))
                .toList();
    }

    /** Every outage of every camera, earliest first. */
    public List<OutageRow> outages() {
        List<OutageRow> rows = new ArrayList<>();
        for (BroadcastCamera camera : cameras) {
            for (Outage outage : uptimes.get(camera.cameraId()).outages()) {
                rows.add(new OutageRow(camera.cameraId(), camera.regionName(), camera.constituencyTitle(),
                        camera.stationCode(), camera.role(), outage.start(), outage.end(),
                        outage.duration().toSeconds(), outage.cause(), outage.reason(),
                        day.isClipped() && outage.end().equals(day.whole().end())));
            }
        }
        rows.sort(Comparator.comparing(OutageRow::start));
        return rows;
    }

    private UptimeFigures figures(BroadcastCamera camera) {
        return UptimeFigures.of(uptimes.get(camera.cameraId()));
    }

    private List<UptimeRow> rollUp(Function<BroadcastCamera, Long> key, Function<BroadcastCamera, UptimeRow> row) {
        Map<Long, UptimeRow> rows = new LinkedHashMap<>();
        for (BroadcastCamera camera : cameras) {
            UptimeFigures figures = figures(camera);
            rows.merge(key.apply(camera), withFigures(row.apply(camera), figures),
                    (sum, one) -> withFigures(sum, sum.figures().plus(figures)));
        }
        return List.copyOf(rows.values());
    }

    private static UptimeRow withFigures(UptimeRow row, UptimeFigures figures) {
        return new UptimeRow(row.id(), row.region(), row.constituency(), row.station(), row.address(), row.camera(),
                figures);
    }
}
