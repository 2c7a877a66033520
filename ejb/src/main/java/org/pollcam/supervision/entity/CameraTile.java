package org.pollcam.supervision.entity;

import java.time.Instant;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.registry.entity.CameraRole;

/**
 * One camera on the control center's grid. {@code state} is null while the camera has not been checked yet.
 */
public record CameraTile(long cameraId, long stationId, int constituencyNumber, int stationNumber, String region,
                         CameraRole role, StreamHealth state, String reason, Instant since) {

    /** The station's public code, constituency-station, e.g. "124-5001". */
    public String stationCode() {
        return constituencyNumber + "-" + stationNumber;
    }
}
