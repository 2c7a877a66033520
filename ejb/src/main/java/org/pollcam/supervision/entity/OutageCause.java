package org.pollcam.supervision.entity;

import org.pollcam.media.health.StreamHealth;

/**
 * Why a camera was off air: each health other than ONLINE, and {@link #NO_DATA} when supervision heard nothing from
 * the camera for longer than the allowed silence (or never knew its state), which counts against the camera.
 */
public enum OutageCause {
    OFFLINE, BLACK, COVERED, FROZEN, MOVED, DEGRADED, NO_DATA;

    /** The cause for a health that is not ONLINE. */
    public static OutageCause of(StreamHealth health) {
        if (health == StreamHealth.ONLINE) {
            throw new IllegalArgumentException("ONLINE is no outage");
        }
        return valueOf(health.name());
    }
}
