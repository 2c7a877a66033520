package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraNameTest {

    @Test
    void aNameIsTheStationCodeAndTheRole() {
        CameraName name = CameraName.parse("12-34-overview");
        assertEquals("12-34", name.stationCode());
        assertEquals("overview", name.role());
        assertEquals("12-34-overview", name.toString());
        assertThrows(IllegalArgumentException.class, () -> CameraName.parse("12-overview"));
        assertThrows(IllegalArgumentException.class, () -> CameraName.parse("../12-34-x"));
    }

    @Test
    void demoNamesSpreadOverTheConstituenciesWithTwoCamerasPerStation() {
        List<CameraName> names = CameraName.demo(1000);
        assertEquals(1000, new HashSet<>(names).size());
        assertEquals("1-1-overview", names.get(0).toString());
        assertEquals("1-1-ballot_box", names.get(1).toString());
        assertEquals("125-1-ballot_box", names.get(249).toString());
        assertEquals("1-2-overview", names.get(250).toString());
    }
}
