package org.pollcam.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.pollcam.registry.entity.Camera;
import org.pollcam.supervision.control.CameraEvents;
import org.pollcam.supervision.entity.CameraEvent;
import org.pollcam.supervision.entity.EventKind;
import org.pollcam.supervision.entity.EventOrigin;
import org.pollcam.supervision.entity.PushedEvent;

/**
 * Heartbeats and events an encoder pushes about its own camera, authenticated by the camera's push token (not a
 * staff login, hence open to the container and checked here). Returns once the event is on the persistent queue:
 * the transaction commits the JMS send, so an answered push is never lost.
 */
@Stateless
@PermitAll
public class EncoderPush {

    /** An encoder clock further ahead than this is wrong, and its events would block older true ones. */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    CameraEvents events;

    public String accept(long cameraId, String token, EventKind kind, @NotNull @Valid PushedEvent pushed) {
        Camera camera = em.find(Camera.class, cameraId);
        if (camera == null || camera.getPushTokenSha256() == null || token == null
                || !MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                camera.getPushTokenSha256().getBytes(StandardCharsets.US_ASCII))) {
            throw new PushRejected(PushRejected.Reason.UNAUTHORIZED, "Unknown camera or wrong push token");
        }
        if (pushed.sourceTime().isAfter(Instant.now().plus(MAX_CLOCK_AHEAD))) {
            throw new PushRejected(PushRejected.Reason.INVALID, "sourceTime is in the future: check the encoder clock");
        }
        if (kind == EventKind.STATE && pushed.state() == null) {
            throw new PushRejected(PushRejected.Reason.INVALID, "state is required for an event");
        }
        String eventId = pushed.eventId() == null ? UUID.randomUUID().toString() : pushed.eventId().toLowerCase();
        events.send(new CameraEvent(eventId, cameraId, pushed.sequence(), kind, EventOrigin.ENCODER,
                kind == EventKind.HEARTBEAT ? null : pushed.state(), pushed.reason(), pushed.sourceTime()));
        return eventId;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
