package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.supervision.entity.CameraEvent;
import org.pollcam.supervision.entity.CameraHealth;
import org.pollcam.supervision.entity.CameraStateChange;
import org.pollcam.supervision.entity.Incident;
import org.pollcam.supervision.entity.TimelineEntry;

/**
 * Applies camera events: each event id is written to the timeline once, the camera's health moves only forward,
 * and a camera that falls out of ONLINE while its incident is still open counts as a flap of that incident.
 * Runs in the consumer's transaction: if anything fails, nothing of the event is kept and the broker redelivers it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HealthLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupervisionMeters meters;

    /** The state change this event caused, if any; empty for duplicates, heartbeats and unchanged states. */
    public Optional<CameraStateChange> apply(CameraEvent event) {
        CameraHealth health = em.find(CameraHealth.class, event.cameraId(), LockModeType.PESSIMISTIC_WRITE);
        if (health == null && !cameraExists(event.cameraId())) {
            throw new UnknownCamera(event.cameraId());
        }
        boolean duplicate = alreadyApplied(event.eventId());
        meters.applied(event, duplicate);
        if (duplicate) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        em.persist(new TimelineEntry(event, now));
        if (health == null) {
            if (event.state() == null) {
                return Optional.empty();
            }
            CameraHealth first = CameraHealth.first(event, now);
            em.persist(first);
            return Optional.of(new CameraStateChange(event.cameraId(), null, first.getState(), first.getReason(),
                    first.getStateSince()));
        }
        StreamHealth before = health.getState();
        if (!health.apply(event, now)) {
            return Optional.empty();
        }
        if (before == StreamHealth.ONLINE) {
            unresolvedIncident(event.cameraId()).ifPresent(incident -> incident.flapped(health, now));
        }
        return Optional.of(new CameraStateChange(event.cameraId(), before, health.getState(), health.getReason(),
                health.getStateSince()));
    }

    private boolean cameraExists(long cameraId) {
        return !em.createQuery("select c.id from Camera c where c.id = :id", Long.class)
                .setParameter("id", cameraId).getResultList().isEmpty();
    }

    private boolean alreadyApplied(String eventId) {
        return !em.createQuery("select t.id from TimelineEntry t where t.eventId = :eventId", Long.class)
                .setParameter("eventId", eventId).getResultList().isEmpty();
    }

    private Optional<Incident> unresolvedIncident(long cameraId) {
        return em.createQuery("select i from Incident i where i.openCameraId = :camera", Incident.class)
                .setParameter("camera", cameraId).getResultStream().findFirst();
    }

    /** An event for a camera the registry does not have: a poison message, not something to retry forever. */
    public static class UnknownCamera extends RuntimeException {

        public UnknownCamera(long cameraId) {
            super("There is no camera " + cameraId);
        }
    }
}
