package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcam.portal.control.RegionOutlines.Point;

class RegionOutlinesTest {

    @Test
    void aRegionsOutlineIsTheClosedHullOfItsStations() {
        List<Point> stations = List.of(new Point(0, 0), new Point(2, 0), new Point(1, 1), new Point(2, 2),
                new Point(0, 2), new Point(1, 0.5), new Point(0, 0));

        List<Point> outline = RegionOutlines.of(Map.of("Baku", stations)).get("Baku");

        assertEquals(List.of(new Point(0, 0), new Point(2, 0), new Point(2, 2), new Point(0, 2), new Point(0, 0)),
                outline);
    }

    @Test
    void aRegionWithFewerThanThreeDistinctPlacesHasNoOutline() {
        assertEquals(Map.of(), RegionOutlines.of(Map.of("Tiny", List.of(new Point(1, 1), new Point(1, 1),
                new Point(2, 2)))));
    }
}
