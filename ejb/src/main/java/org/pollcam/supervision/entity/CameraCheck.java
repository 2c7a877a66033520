package org.pollcam.supervision.entity;

import java.time.Instant;
import java.util.List;

/**
 * One check of a camera's stream as an operator reads it: the state, the sentence that decided it, every measured
 * value against its threshold, and the snapshot (privacy mask filled) as base64 JPEG when a picture was decoded.
 */
public record CameraCheck(long cameraId, String streamUrl, Instant checkedAt, String state, String reason,
                          List<String> evidence, double frameRate, double bitrateKbps, String resolution,
                          long elapsedMillis, String snapshotJpegBase64) {
}
