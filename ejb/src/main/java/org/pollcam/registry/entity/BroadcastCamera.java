package org.pollcam.registry.entity;

/**
 * An enabled camera of a station that broadcasts in an election, with where it stands: what reports per station,
 * constituency and region group by. No stream address: the public may know which stations broadcast.
 */
public record BroadcastCamera(long cameraId, CameraRole role, long stationId, String stationCode, String address,
                              long constituencyId, int constituencyNumber, String constituencyName, long regionId,
                              String regionName) {

    public BroadcastCamera(long cameraId, CameraRole role, long stationId, int constituencyNumber, int stationNumber,
                           String address, long constituencyId, String constituencyName, long regionId,
                           String regionName) {
        this(cameraId, role, stationId, new StationCode(constituencyNumber, stationNumber).toString(), address,
                constituencyId, constituencyNumber, constituencyName, regionId, regionName);
    }

    /** "No. 12 Nasimi", as commissions write it. */
    public String constituencyTitle() {
        return "No. " + constituencyNumber + " " + constituencyName;
    }
}
