package org.pollcam.supervision.entity;

import java.time.Instant;
import org.pollcam.media.health.StreamHealth;

/** A camera's health moved: what live screens are told. {@code previous} is null for a camera's first state. */
public record CameraStateChange(long cameraId, StreamHealth previous, StreamHealth state, String reason,
                                Instant since) {
}
