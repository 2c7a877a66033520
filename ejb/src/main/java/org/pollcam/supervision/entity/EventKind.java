package org.pollcam.supervision.entity;

/** What a camera event says. */
public enum EventKind {
    /** A scheduled check by the prober, with the debounced health. */
    CHECK,
    /** A state the encoder reports about itself. */
    STATE,
    /** "Still here", without a state. */
    HEARTBEAT
}
