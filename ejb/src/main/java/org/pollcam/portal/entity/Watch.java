package org.pollcam.portal.entity;

/**
 * The answer to a viewer's heartbeat: whether the camera's live playlist can be played, and how many watch it.
 * {@code playlist} is the path under the site root ({@code /media/live/<id>/index.m3u8}), set when {@link State#LIVE}.
 */
public record Watch(State state, String playlist, int viewers, OffAir offAir) {

    public enum State {
        /** The playlist has segments: play it. */
        LIVE,
        /** Publishing has started (or is retrying after the camera did not answer): ask again in a moment. */
        STARTING,
        /** As many cameras are published as the server is configured for: no new one now. */
        FULL,
        /** The camera is not on air ({@code offAir} says why). */
        OFF_AIR
    }
}
