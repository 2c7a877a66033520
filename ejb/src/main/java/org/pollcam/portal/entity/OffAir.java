package org.pollcam.portal.entity;

/**
 * Why a camera is not shown live. The first group follows from the election's rules, the second from the camera's
 * supervised health (a picture viewers cannot use is not broadcast, it is explained).
 */
public enum OffAir {
    /** No election is registered. */
    NO_ELECTION,
    /** The election is not in voting or counting: streams are public only then. */
    OUTSIDE_BROADCAST_HOURS,
    /** The station is not among the election's broadcasting stations. */
    NOT_BROADCAST,
    /** The station's protocol is signed: its broadcast has ended. */
    PROTOCOL_SIGNED,
    /** The camera is switched off in the registry. */
    DISABLED,
    OFFLINE,
    FROZEN,
    BLACK,
    COVERED;

    /** True for reasons that come from the camera's health rather than the rules: they have a "since". */
    public boolean isFault() {
        return ordinal() >= OFFLINE.ordinal();
    }
}
