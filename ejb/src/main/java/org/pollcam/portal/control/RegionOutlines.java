package org.pollcam.portal.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Region outlines for a map that needs no tile server and no boundary data from outside: each region's outline is
 * the convex hull of its polling stations (Andrew's monotone chain). A schematic map, honest about it: a region's
 * shape is where its stations are, not its legal border.
 */
public final class RegionOutlines {

    /** A point as longitude (x) and latitude (y), GeoJSON's order. */
    public record Point(double lon, double lat) {
    }

    private RegionOutlines() {
    }

    /** Per region (in first-seen order), the closed ring of its hull: counter-clockwise, first point repeated last. */
    public static Map<String, List<Point>> of(Map<String, List<Point>> stationsByRegion) {
        Map<String, List<Point>> outlines = new LinkedHashMap<>();
        stationsByRegion.forEach((region, points) -> {
            List<Point> hull = hull(points);
            if (hull.size() >= 3) {
                hull.add(hull.get(0));
                outlines.put(region, hull);
            }
        });
        return outlines;
    }

    static List<Point> hull(List<Point> points) {
        List<Point> sorted = points.stream().distinct()
                .sorted(Comparator.comparingDouble(Point::lon).thenComparingDouble(Point::lat)).toList();
        if (sorted.size() < 3) {
            return new ArrayList<>(sorted);
        }
        List<Point> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (int i = 0; i < sorted.size(); i++) {
                Point p = sorted.get(pass == 0 ? i : sorted.size() - 1 - i);
                while (hull.size() >= start + 2
                        && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
        }
        return hull;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.lon() - o.lon()) * (b.lat() - o.lat()) - (a.lat() - o.lat()) * (b.lon() - o.lon());
    }
}
