package org.pollcam.supervision.control;

import org.pollcam.media.health.CameraMemory;
import org.pollcam.supervision.entity.CameraCheck;

/** Port: look at a camera's stream once and judge it. The adapter is the media module (JavaCV/FFmpeg). */
public interface StreamInspector {

    /** An operator's "check now": the verdict with every measured value, judged without memory. */
    CameraCheck inspect(long cameraId, String streamUrl, String privacyMask);

    /** A scheduled check: judged against what was remembered of the camera, with the memory to keep. */
    Judgement judge(String streamUrl, String privacyMask, CameraMemory memory);
}
