package org.pollcam.supervision.entity;

/** Where an incident stands: open until someone acknowledges it, resolved when the camera is back or by hand. */
public enum IncidentStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
