package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Instant;
import org.pollcam.media.health.StreamHealth;

/**
 * What travels on the {@code CameraEvents} queue: one check result, pushed state or heartbeat of a camera.
 *
 * @param eventId    unique per event, chosen by the sender; a second delivery of the same id changes nothing
 * @param cameraId   the camera
 * @param sequence   increases per camera and sender; orders events with the same source time
 * @param kind       check, pushed state or heartbeat
 * @param origin     the prober or the camera's encoder
 * @param state      the camera's health, null for a heartbeat
 * @param reason     why (the decisive evidence), may be null
 * @param sourceTime when it happened at the source
 */
public record CameraEvent(String eventId, long cameraId, long sequence, EventKind kind, EventOrigin origin,
                          StreamHealth state, String reason, Instant sourceTime) implements Serializable {

    public StreamHealth stateOr(StreamHealth fallback) {
        return state == null ? fallback : state;
    }
}
