package org.pollcam.supervision.entity;

import java.util.List;

/** One camera's election day: its ONLINE share of voting and of counting, and its outages in time order. */
public record CameraUptime(long cameraId, UptimeShare voting, UptimeShare counting, List<Outage> outages) {

    public CameraUptime {
        outages = List.copyOf(outages);
    }

    /** Voting and counting together. */
    public UptimeShare broadcast() {
        return voting.plus(counting);
    }
}
