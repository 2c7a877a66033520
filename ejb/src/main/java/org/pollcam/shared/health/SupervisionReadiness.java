package org.pollcam.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready when camera checks are due but none finished lately: the control center would show stale states. */
@Readiness
@ApplicationScoped
public class SupervisionReadiness implements HealthCheck {

    @Inject
    SupervisionPulse pulse;

    @Override
    public HealthCheckResponse call() {
        var stall = pulse.stall(Instant.now());
        var response = HealthCheckResponse.named("supervision").status(stall.isEmpty());
        stall.ifPresent(why -> response.withData("stalled", why));
        return response.build();
    }
}
