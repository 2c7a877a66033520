package org.pollcam.media.health;

import org.pollcam.media.probe.Fingerprint;
import org.pollcam.media.probe.ProbeResult;

/**
 * What the judge needs to remember about a camera between probes; the application stores it with the camera.
 *
 * @param previous  the fingerprint of the last keyframe of the previous probe, or null (first probe)
 * @param reference the fingerprint of the picture an operator approved as the camera's view, or null (no reference)
 */
public record CameraMemory(Fingerprint previous, Fingerprint reference) {

    public static CameraMemory none() {
        return new CameraMemory(null, null);
    }

    public static CameraMemory withReference(Fingerprint reference) {
        return new CameraMemory(null, reference);
    }

    /** The memory after this probe: its last keyframe becomes the previous fingerprint; the reference stays. */
    public CameraMemory after(ProbeResult result) {
        return new CameraMemory(HealthJudge.lastKeyframe(result).orElse(previous), reference);
    }
}
