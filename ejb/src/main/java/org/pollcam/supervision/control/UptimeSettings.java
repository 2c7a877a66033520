package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a camera may stay silent before the uptime report counts the time as {@code NO_DATA}:
 * {@code pollcam.uptime.max-silence}, by default three heartbeat periods of the prober (PT3M), so one or two lost
 * heartbeats do not cost a camera its uptime, and a dead pipeline never passes for a live camera.
 */
@ApplicationScoped
public class UptimeSettings {

    @Inject
    @ConfigProperty(name = "pollcam.uptime.max-silence", defaultValue = "PT3M")
    Duration maxSilence;

    public Duration maxSilence() {
        return maxSilence;
    }
}
