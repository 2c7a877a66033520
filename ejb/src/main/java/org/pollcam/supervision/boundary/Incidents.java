package org.pollcam.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pollcam.security.Roles;
import org.pollcam.supervision.control.CameraStatesTopic;
import org.pollcam.supervision.entity.Incident;
import org.pollcam.supervision.entity.IncidentStatus;

/** What operators do with incidents: list, acknowledge, assign to a field technician, resolve with a note. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class Incidents {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CameraStatesTopic screens;

    /** Unresolved incidents, oldest first; or the latest resolved ones. */
    public List<Incident> list(boolean resolved, int max) {
        return em.createQuery("select i from Incident i where " + (resolved ? "i.status = :resolved"
                        + " order by i.resolvedAt desc" : "i.status <> :resolved order by i.openedAt, i.id"),
                        Incident.class)
                .setParameter("resolved", IncidentStatus.RESOLVED).setMaxResults(max).getResultList();
    }

    public List<Incident> ofCamera(long cameraId) {
        return em.createQuery("select i from Incident i where i.cameraId = :camera order by i.openedAt desc",
                Incident.class).setParameter("camera", cameraId).setMaxResults(50).getResultList();
    }

    /** The incident with its history loaded. */
    public Optional<Incident> incident(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident != null) {
            incident.getHistory().size();
        }
        return Optional.ofNullable(incident);
    }

    public Incident acknowledge(long id, @Size(max = 500) String note) {
        Incident incident = unresolved(id);
        incident.acknowledge(operator(), Instant.now(), blankToNull(note));
        screens.incidentsChanged(incident.getCameraId());
        return incident;
    }

    public Incident assign(long id, @NotBlank @Size(max = 100) String technician) {
        Incident incident = unresolved(id);
        incident.assign(technician.strip(), operator(), Instant.now());
        screens.incidentsChanged(incident.getCameraId());
        return incident;
    }

    public Incident resolve(long id, @NotBlank @Size(max = 500) String note) {
        Incident incident = unresolved(id);
        incident.resolve(operator(), Instant.now(), note.strip());
        screens.incidentsChanged(incident.getCameraId());
        return incident;
    }

    private Incident unresolved(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null) {
            throw new IncidentRefused("There is no incident " + id);
        }
        if (incident.isResolved()) {
            throw new IncidentRefused("Incident " + id + " is already resolved");
        }
        return incident;
    }

    private String operator() {
        return session.getCallerPrincipal().getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
