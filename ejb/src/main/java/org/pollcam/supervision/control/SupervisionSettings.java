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
