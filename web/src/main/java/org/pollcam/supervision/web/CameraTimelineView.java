package org.pollcam.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.shared.web.Messages;
import org.pollcam.supervision.boundary.CameraBoard;
import org.pollcam.supervision.boundary.CameraChecks;
import org.pollcam.supervision.boundary.Incidents;
import org.pollcam.supervision.entity.CameraTimeline;
import org.pollcam.supervision.entity.Incident;

/**
 * One camera for an operator: its state, the timeline as a chart (coloured spans of the states over the shown
 * period) and as a table, and its incidents.
 */
@Named
@ViewScoped
public class CameraTimelineView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ENTRIES = 500;

    @Inject
    transient CameraBoard board;

    @Inject
    transient Incidents incidents;

    @Inject
    transient CameraChecks checks;

    private Long cameraId;
    private CameraTimeline timeline;
    private List<Incident> cameraIncidents;

    /** A stretch of the chart: its state and where it sits, as percentages of the chart's width. */
    public record Span(StreamHealth state, double left, double width, Instant from, Instant until) {
    }

    public void load() {
        if (cameraId != null) {
            timeline = board.timeline(cameraId, ENTRIES).orElse(null);
            cameraIncidents = timeline == null ? List.of() : incidents.ofCamera(cameraId);
        }
    }

    public void approveView() {
        if (checks.approveView(cameraId).orElse(false)) {
            Messages.info("camera.view.approved");
        } else {
            Messages.error(Messages.text("camera.view.none"));
        }
    }

    /** The states over time, oldest left, up to now; heartbeats (no state) do not break a span. */
    public List<Span> getSpans() {
        if (timeline == null) {
            return List.of();
        }
        List<CameraTimeline.Entry> states = new ArrayList<>(timeline.entries().stream()
                .filter(entry -> entry.state() != null).toList());
        if (states.isEmpty()) {
            return List.of();
        }
        Collections.reverse(states);
        Instant start = states.get(0).sourceTime();
        Instant end = Instant.now();
        double total = Math.max(1, Duration.between(start, end).toMillis());
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            CameraTimeline.Entry entry = states.get(i);
            if (i > 0 && states.get(i - 1).state() == entry.state()) {
                continue;
            }
            int next = i + 1;
            while (next < states.size() && states.get(next).state() == entry.state()) {
                next++;
            }
            Instant until = next < states.size() ? states.get(next).sourceTime() : end;
            spans.add(new Span(entry.state(), Duration.between(start, entry.sourceTime()).toMillis() * 100 / total,
                    Duration.between(entry.sourceTime(), until).toMillis() * 100 / total, entry.sourceTime(), until));
        }
        return spans;
    }

    public Long getCameraId() {
        return cameraId;
    }

    public void setCameraId(Long cameraId) {
        this.cameraId = cameraId;
    }

    public CameraTimeline getTimeline() {
        return timeline;
    }

    public List<Incident> getIncidents() {
        return cameraIncidents;
    }
}
