package org.pollcam.supervision.control;

import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthDebounce;

/** A claimed check: where to look, what to hide, and what was remembered of the camera. */
public record ProbeTarget(long cameraId, long slot, String streamUrl, String privacyMask, CameraMemory memory,
                          HealthDebounce debounce) {
}
