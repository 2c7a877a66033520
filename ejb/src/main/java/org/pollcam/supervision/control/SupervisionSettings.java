package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pollcam.media.health.HealthThresholds;
import org.pollcam.media.probe.ProbeSettings;

/**
 * What supervision reads from MicroProfile Config ({@code pollcam.health.*}, {@code pollcam.probe.*}). Each value is
 * optional: unset, the media module's documented default applies, so a default is written in one place only.
 */
@ApplicationScoped
public class SupervisionSettings {

    @Inject
    @ConfigProperty(name = "pollcam.health.black-luma")
    Optional<Double> blackLuma;

    @Inject
    @ConfigProperty(name = "pollcam.health.uniform-spread")
    Optional<Double> uniformSpread;

    @Inject
    @ConfigProperty(name = "pollcam.health.blur-sharpness")
    Optional<Double> blurSharpness;

    @Inject
    @ConfigProperty(name = "pollcam.health.frozen-difference")
    Optional<Double> frozenDifference;

    @Inject
    @ConfigProperty(name = "pollcam.health.moved-difference")
    Optional<Double> movedDifference;

    @Inject
    @ConfigProperty(name = "pollcam.health.min-frame-rate")
    Optional<Double> minFrameRate;

    @Inject
    @ConfigProperty(name = "pollcam.health.min-bitrate")
    Optional<Double> minBitrate;

    @Inject
    @ConfigProperty(name = "pollcam.probe.connect-timeout")
    Optional<Duration> connectTimeout;

    @Inject
    @ConfigProperty(name = "pollcam.probe.read-timeout")
    Optional<Duration> readTimeout;

    @Inject
    @ConfigProperty(name = "pollcam.supervision.interval", defaultValue = "PT10S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "pollcam.supervision.heartbeat", defaultValue = "PT60S")
    Duration heartbeat;

    @Inject
    @ConfigProperty(name = "pollcam.supervision.lead", defaultValue = "PT2H")
    Duration lead;

    @Inject
    @ConfigProperty(name = "pollcam.supervision.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "pollcam.health.confirmations", defaultValue = "2")
    int confirmations;

    @Inject
    @ConfigProperty(name = "pollcam.incident.open-after", defaultValue = "PT60S")
    Duration openAfter;

    @Inject
    @ConfigProperty(name = "pollcam.incident.resolve-after", defaultValue = "PT60S")
    Duration resolveAfter;

    /** How often each supervised camera is checked. */
    public Duration interval() {
        return interval;
    }

    /** The longest a camera goes without an event while its state stays the same. */
    public Duration heartbeat() {
        return heartbeat;
    }

    /** How long before polls open supervision starts (cameras are set up the evening or morning before). */
    public Duration lead() {
        return lead;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Checks in a row that must agree before a camera's state changes. */
    public int confirmations() {
        return Math.max(1, confirmations);
    }

    /** How long a camera stays off ONLINE before an incident opens. */
    public Duration openAfter() {
        return openAfter;
    }

    /** How long a camera stays ONLINE again before its incident resolves itself; a flap within keeps it open. */
    public Duration resolveAfter() {
        return resolveAfter;
    }

    /** The longest a probe may take before its caller gives up on it: both timeouts plus the sampling window. */
    public Duration probeDeadline() {
        ProbeSettings probe = probeSettings();
        return probe.connectTimeout().plus(probe.readTimeout()).plusSeconds(10);
    }

    public HealthThresholds thresholds() {
        HealthThresholds defaults = HealthThresholds.DEFAULTS;
        return new HealthThresholds(blackLuma.orElse(defaults.blackLuma()),
                uniformSpread.orElse(defaults.uniformSpread()), blurSharpness.orElse(defaults.blurSharpness()),
                frozenDifference.orElse(defaults.frozenDifference()),
                movedDifference.orElse(defaults.movedDifference()), minFrameRate.orElse(defaults.minFrameRate()),
                minBitrate.orElse(defaults.minBitrate()));
    }

    public ProbeSettings probeSettings() {
        ProbeSettings defaults = ProbeSettings.DEFAULTS;
        return defaults.withTimeouts(connectTimeout.orElse(defaults.connectTimeout()),
                readTimeout.orElse(defaults.readTimeout()));
    }
}
