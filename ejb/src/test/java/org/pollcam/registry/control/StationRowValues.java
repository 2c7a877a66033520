package org.pollcam.registry.control;

import java.util.stream.Collectors;
import org.pollcam.registry.entity.StationDraft;

/** What an administrator reads on one station's line, as one text, so that two readings can be compared whole. */
final class StationRowValues {

    private StationRowValues() {
    }

    static String of(StationRow row) {
        StationDraft station = row.station();
        return String.join(" | ", row.regionName(), station.getConstituencyNumber() + " " + row.constituencyName(),
                "station " + station.getNumber(), station.getAddress(), station.getLatitude().toPlainString(),
                station.getLongitude().toPlainString(), station.getRegisteredVoters() + " voters",
                station.getCameras().stream().map(camera -> camera.getRole() + "=" + camera.getStreamUrl())
                        .collect(Collectors.joining(", ", "[", "]")));
    }
}
