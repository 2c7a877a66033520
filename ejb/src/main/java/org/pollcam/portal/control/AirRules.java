package org.pollcam.portal.control;

import org.pollcam.media.health.StreamHealth;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.registry.entity.ElectionPhase;

/**
 * The commission's broadcast rules for one camera, in the order a viewer would ask: is there an election, is it
 * voting or counting, does this station broadcast, has its protocol been signed, is the camera switched on, and is
 * its picture usable. DEGRADED and MOVED pictures stay on air (the picture is there, only worse or aimed elsewhere);
 * OFFLINE, FROZEN, BLACK and COVERED show nothing a viewer can use and are explained instead. A camera that
 * supervision has not checked yet is on air: the player itself shows whether the stream answers.
 */
public final class AirRules {

    private AirRules() {
    }

    /** Null when the camera is on air, else the first rule that keeps it off. */
    public static OffAir judge(ElectionPhase phase, boolean stationBroadcast, boolean protocolSigned,
                               boolean enabled, StreamHealth health) {
        if (phase == null) {
            return OffAir.NO_ELECTION;
        }
        if (!phase.isBroadcast()) {
            return OffAir.OUTSIDE_BROADCAST_HOURS;
        }
        if (!stationBroadcast) {
            return OffAir.NOT_BROADCAST;
        }
        if (protocolSigned) {
            return OffAir.PROTOCOL_SIGNED;
        }
        if (!enabled) {
            return OffAir.DISABLED;
        }
        return health == null ? null : fault(health);
    }

    /** The off-air reason a health state means, or null for a usable picture. */
    public static OffAir fault(StreamHealth health) {
        return switch (health) {
            case OFFLINE -> OffAir.OFFLINE;
            case FROZEN -> OffAir.FROZEN;
            case BLACK -> OffAir.BLACK;
            case COVERED -> OffAir.COVERED;
            case ONLINE, DEGRADED, MOVED -> null;
        };
    }
}
