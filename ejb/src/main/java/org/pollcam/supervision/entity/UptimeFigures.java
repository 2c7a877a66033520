package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The uptime of a group of cameras (a station, a constituency, a region, the country): shares summed by time over its
 * cameras, and its outages counted by cause.
 */
public record UptimeFigures(int cameras, UptimeShare voting, UptimeShare counting, UptimeShare broadcast,
                            int outages, Map<OutageCause, Integer> outagesByCause) implements Serializable {

    public static final UptimeFigures NONE = new UptimeFigures(0, UptimeShare.NONE, UptimeShare.NONE,
            UptimeShare.NONE, 0, Map.of());

    public UptimeFigures {
        EnumMap<OutageCause, Integer> causes = new EnumMap<>(OutageCause.class);
        causes.putAll(outagesByCause);
        outagesByCause = Collections.unmodifiableMap(causes);
    }

    public static UptimeFigures of(CameraUptime camera) {
        Map<OutageCause, Integer> causes = new EnumMap<>(OutageCause.class);
        camera.outages().forEach(outage -> causes.merge(outage.cause(), 1, Integer::sum));
        return new UptimeFigures(1, camera.voting(), camera.counting(), camera.broadcast(), camera.outages().size(),
                causes);
    }

    public UptimeFigures plus(UptimeFigures other) {
        Map<OutageCause, Integer> causes = new EnumMap<>(OutageCause.class);
        causes.putAll(outagesByCause);
        other.outagesByCause.forEach((cause, count) -> causes.merge(cause, count, Integer::sum));
        return new UptimeFigures(cameras + other.cameras, voting.plus(other.voting), counting.plus(other.counting),
                broadcast.plus(other.broadcast), outages + other.outages, causes);
    }
}
