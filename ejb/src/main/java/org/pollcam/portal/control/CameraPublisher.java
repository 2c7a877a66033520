package org.pollcam.portal.control;

/**
 * Port to live publishing: makes a camera's stream available as HLS under {@code /media/live/<cameraId>/} and stops
 * it. Implemented by {@link JavaCvCameraPublisher} with the media module's {@code HlsPublisher}.
 */
public interface CameraPublisher {

    /** Starts (or restarts after it ended) publishing; the camera's privacy mask, if any, is applied to every frame. */
    void start(long cameraId, String source, String privacyMask);

    /** Stops publishing and removes the camera's live files; returns when the run has ended. */
    void stop(long cameraId);

    boolean running(long cameraId);

    /** Running, and its playlist lists at least one complete segment. */
    boolean ready(long cameraId);

    /** The playlist's path under the site root. */
    String playlistPath(long cameraId);
}
