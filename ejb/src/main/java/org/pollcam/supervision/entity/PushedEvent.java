package org.pollcam.supervision.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.pollcam.media.health.StreamHealth;

/**
 * What an encoder pushes: a heartbeat (no state) or its own view of the camera's state. The event id is the
 * encoder's, so a retried push after a lost answer is applied once.
 */
public record PushedEvent(
        @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a UUID") String eventId,
        @NotNull @PositiveOrZero Long sequence,
        @NotNull Instant sourceTime,
        StreamHealth state,
        @Size(max = 300) String reason) {
}
