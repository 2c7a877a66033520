package org.pollcam.media.health;

import java.util.List;
import java.util.Optional;

/**
 * The judged state of a camera and why: {@link #reason()} is the decisive check as a sentence (or the probe's error
 * for OFFLINE), {@link #evidence()} all checks made, in order, the decisive one flagged.
 */
public record HealthVerdict(StreamHealth state, String reason, List<Evidence> evidence) {

    public HealthVerdict {
        evidence = List.copyOf(evidence);
    }

    public Optional<Evidence> decisive() {
        return evidence.stream().filter(Evidence::decisive).findFirst();
    }

    public boolean alarming() {
        return state != StreamHealth.ONLINE;
    }
}
