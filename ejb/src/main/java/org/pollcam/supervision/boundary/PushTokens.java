package org.pollcam.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.pollcam.registry.entity.Camera;
import org.pollcam.security.Roles;

/**
 * Issues a camera's push token: 256 random bits, shown once to the administrator who configures the encoder; only
 * its SHA-256 is stored (a token this long needs no slow hash). Issuing again revokes the previous one.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PushTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    public Optional<String> issue(long cameraId) {
        Camera camera = em.find(Camera.class, cameraId);
        if (camera == null) {
            return Optional.empty();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        camera.issuePushToken(EncoderPush.sha256(token));
        return Optional.of(token);
    }
}
