package org.pollcam.supervision.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.HealthVerdict;

/**
 * One scheduled check's outcome: the verdict, the memory to keep for the next check, the masked snapshot (if a
 * picture was decoded) and how long the probe took.
 */
public record Judgement(Instant probedAt, HealthVerdict verdict, CameraMemory memory, byte[] snapshotJpeg,
                        Duration elapsed) {

    public Optional<byte[]> snapshot() {
        return Optional.ofNullable(snapshotJpeg);
    }
}
