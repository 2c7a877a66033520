package org.pollcam.registry.entity;

import java.math.BigDecimal;
import java.util.List;

/** A polling station with its cameras, as anyone may see it: camera roles and state, not their stream addresses. */
public record StationDetails(long id, String code, int constituencyNumber, String constituencyName, long regionId,
                             String regionName, int number, String address, BigDecimal latitude, BigDecimal longitude,
                             int registeredVoters, List<PublicCamera> cameras) {

    public record PublicCamera(long id, CameraRole role, boolean enabled) {
    }

    public static StationDetails of(PollingStation station) {
        Constituency constituency = station.getConstituency();
        return new StationDetails(station.getId(), station.getCode().toString(), constituency.getNumber(),
                constituency.getName(), constituency.getRegion().getId(), constituency.getRegion().getName(),
                station.getNumber(), station.getAddress(), station.getLatitude(), station.getLongitude(),
                station.getRegisteredVoters(), station.getCameras().stream()
                .map(camera -> new PublicCamera(camera.getId(), camera.getRole(), camera.isEnabled()))
                .toList());
    }
}
