package org.pollcam.supervision.entity;

/**
 * A scheduled check of a camera, as it travels on the {@code ProbeRequests} queue.
 *
 * @param cameraId the camera
 * @param slot     the scheduled second (epoch seconds) this check belongs to; increases per camera
 */
public record ProbeJob(long cameraId, long slot) {
}
