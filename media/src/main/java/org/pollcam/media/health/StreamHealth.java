package org.pollcam.media.health;

/**
 * The health of a camera's stream, in order of precedence: when several apply, the first one wins. The order goes
 * from "nothing to watch" to "watchable but poor": no stream beats a black picture; a black picture is also uniform
 * (so BLACK before COVERED); a covered picture also does not change (so COVERED before FROZEN); a frozen picture may
 * also differ from the reference (so FROZEN before MOVED); and a low frame rate or bitrate still shows the room
 * (DEGRADED last before ONLINE).
 */
public enum StreamHealth {
    /** No stream: refused, timed out, stalled before any picture, or undecodable. */
    OFFLINE,
    /** The picture is black (lens cap, dead sensor, no light). */
    BLACK,
    /** The picture is uniform or blurred: something over the lens, or out of focus. */
    COVERED,
    /** The picture does not change over time: a hung encoder repeating one frame. */
    FROZEN,
    /** The scene differs from the camera's reference picture: turned, moved, or another camera's feed. */
    MOVED,
    /** Watchable but poor: frame rate or bitrate below the minimum, or the stream stalled during the probe. */
    DEGRADED,
    /** Live, picture as expected. */
    ONLINE
}
