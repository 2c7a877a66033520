package org.pollcam.shared.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The supervision clock's heartbeat, shared between the EJB module (which beats it) and the readiness check (which
 * lives in the EAR's library, where WildFly finds health checks). While cameras are due for checks, a check must have
 * finished within the allowed silence; otherwise supervision has stalled.
 */
@ApplicationScoped
public class SupervisionPulse {

    private volatile Instant expectedSince;
    private volatile Instant lastCheck;
    private volatile Duration allowedSilence = Duration.ofSeconds(30);

    /** Called each tick: whether checks are due now, and how long they may stay away. */
    public void expect(boolean checksDue, Duration silence) {
        allowedSilence = silence;
        if (!checksDue) {
            expectedSince = null;
        } else if (expectedSince == null) {
            expectedSince = Instant.now();
        }
    }

    public void checked(Instant at) {
        lastCheck = at;
    }

    /** Empty when healthy; otherwise why not. */
    public Optional<String> stall(Instant now) {
        Instant since = expectedSince;
        if (since == null || now.isBefore(since.plus(allowedSilence))) {
            return Optional.empty();
        }
        Instant last = lastCheck;
        if (last == null || now.isAfter(last.plus(allowedSilence))) {
            return Optional.of("no camera check finished since " + (last == null ? since : last));
        }
        return Optional.empty();
    }
}
