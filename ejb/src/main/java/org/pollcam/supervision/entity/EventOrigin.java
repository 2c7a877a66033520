package org.pollcam.supervision.entity;

/** Who sent a camera event. */
public enum EventOrigin {
    PROBE, ENCODER
}
