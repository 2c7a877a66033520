package org.pollcam.portal.entity;

import java.time.Instant;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.registry.entity.CameraRole;

/**
 * One camera as the public sees it now: on air, or off air with the reason. {@code health} is null while supervision
 * has not checked the camera yet; {@code since} is when the current health state began (null when unknown).
 */
public record CameraAir(long id, CameraRole role, OffAir offAir, StreamHealth health, Instant since) {

    public boolean onAir() {
        return offAir == null;
    }

    /** On air and supervised: ONLINE, or a usable picture with a remark (DEGRADED, MOVED). */
    public boolean checked() {
        return health != null;
    }
}
