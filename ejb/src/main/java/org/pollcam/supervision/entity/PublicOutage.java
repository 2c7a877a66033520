package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import org.pollcam.registry.entity.CameraRole;

/**
 * An outage as the public may see it: which station's which camera was off air, when, for how long and in which
 * state. The reason text stays in the control center: it is the probe's evidence (numbers, thresholds, addresses),
 * written for operators, not for the public.
 *
 * @param ongoing the camera was still off air when the figures were made
 */
public record PublicOutage(String region, String constituency, String station, CameraRole camera, Instant start,
                           Instant end, long durationSeconds, OutageCause cause, boolean ongoing)
        implements Serializable {

    public static PublicOutage of(OutageRow row) {
        return new PublicOutage(row.region(), row.constituency(), row.station(), row.camera(), row.start(),
                row.end(), row.durationSeconds(), row.cause(), row.ongoing());
    }
}
