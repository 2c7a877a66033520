package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import org.pollcam.registry.entity.CameraRole;

/**
 * An outage as the report lists it: which camera of which station, when, how long, why.
 *
 * @param ongoing the camera was still off air when the report was made
 */
public record OutageRow(long cameraId, String region, String constituency, String station, CameraRole camera,
                        Instant start, Instant end, long durationSeconds, OutageCause cause, String reason,
                        boolean ongoing) implements Serializable {
}
