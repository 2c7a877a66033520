package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.supervision.entity.CameraHealth;
import org.pollcam.supervision.entity.Incident;

/**
 * Opens and resolves incidents from the cameras' health, with the debounce times of {@link SupervisionSettings}: a
 * camera off ONLINE for {@code open-after} gets an incident; an incident whose camera has been ONLINE again for
 * {@code resolve-after} resolves itself. Run every second by the supervision clock; both queries use indexes and
 * touch only the cameras that need it.
 */
@ApplicationScoped
public class IncidentDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupervisionSettings settings;

    @Inject
    CameraStatesTopic screens;

    @Transactional
    public int sweep(Instant now) {
        List<CameraHealth> faulty = em.createQuery("select h from CameraHealth h where h.state <> :online"
                        + " and h.stateSince <= :openBefore and not exists (select i.id from Incident i"
                        + " where i.openCameraId = h.cameraId)", CameraHealth.class)
                .setParameter("online", StreamHealth.ONLINE).setParameter("openBefore", now.minus(settings.openAfter()))
                .getResultList();
        faulty.forEach(health -> {
            em.persist(new Incident(health, now));
            screens.incidentsChanged(health.getCameraId());
        });
        List<Incident> recovered = em.createQuery("select i from Incident i, CameraHealth h"
                        + " where i.openCameraId = h.cameraId and h.state = :online and h.stateSince <= :resolveBefore",
                        Incident.class)
                .setParameter("online", StreamHealth.ONLINE)
                .setParameter("resolveBefore", now.minus(settings.resolveAfter())).getResultList();
        recovered.forEach(incident -> {
            incident.resolve(Incident.SYSTEM, now, "ONLINE again for " + settings.resolveAfter().toSeconds() + " s");
            screens.incidentsChanged(incident.getCameraId());
        });
        return faulty.size() + recovered.size();
    }
}
