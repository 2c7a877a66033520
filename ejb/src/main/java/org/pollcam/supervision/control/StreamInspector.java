package org.pollcam.supervision.control;

import org.pollcam.supervision.entity.CameraCheck;

/** Port: look at a camera's stream once and judge it. The adapter is the media module (JavaCV/FFmpeg). */
public interface StreamInspector {

    CameraCheck inspect(long cameraId, String streamUrl, String privacyMask);
}
