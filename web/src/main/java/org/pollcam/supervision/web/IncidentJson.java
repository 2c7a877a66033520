package org.pollcam.supervision.web;

import java.time.Instant;
import java.util.List;
import org.pollcam.supervision.entity.Incident;

/** An incident as the API shows it; the history only for a single incident. */
public record IncidentJson(long id, long cameraId, String cause, String reason, Instant beganAt, Instant openedAt,
                           String status, String acknowledgedBy, Instant acknowledgedAt, String assignee,
                           String resolvedBy, Instant resolvedAt, String resolution, int flaps,
                           List<HistoryJson> history) {

    public record HistoryJson(Instant at, String actor, String action, String note) {
    }

    static IncidentJson of(Incident incident) {
        return build(incident, null);
    }

    static IncidentJson withHistory(Incident incident) {
        return build(incident, incident.getHistory().stream()
                .map(entry -> new HistoryJson(entry.getAt(), entry.getActor(), entry.getAction(), entry.getNote()))
                .toList());
    }

    private static IncidentJson build(Incident incident, List<HistoryJson> history) {
        return new IncidentJson(incident.getId(), incident.getCameraId(), incident.getCause().name(),
                incident.getReason(), incident.getBeganAt(), incident.getOpenedAt(), incident.getStatus().name(),
                incident.getAcknowledgedBy(), incident.getAcknowledgedAt(), incident.getAssignee(),
                incident.getResolvedBy(), incident.getResolvedAt(), incident.getResolution(), incident.getFlaps(),
                history);
    }
}
