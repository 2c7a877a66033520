package org.pollcam.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pollcam.registry.entity.CameraDetails;
import org.pollcam.security.Roles;
import org.pollcam.shared.Page;

/**
 * Cameras with their stream addresses and secret references: technical data for the control center and
 * administrators, never for the public.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class CameraDirectory {

    @PersistenceContext
    EntityManager em;

    public java.util.Optional<CameraDetails> camera(long cameraId) {
        return em.createQuery("select new org.pollcam.registry.entity.CameraDetails(cam.id, s.id, c.number,"
                        + " s.number, cam.role, cam.streamUrl, cam.credentialRef, cam.privacyMask, cam.enabled)"
                        + " from Camera cam join cam.station s join s.constituency c where cam.id = :id",
                CameraDetails.class).setParameter("id", cameraId).getResultStream().findFirst();
    }

    public Page<CameraDetails> cameras(Long stationId, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), StationDirectory.MAX_PAGE_SIZE);
        String where = " from Camera cam join cam.station s join s.constituency c"
                + (stationId == null ? "" : " where s.id = :station");
        var items = em.createQuery("select new org.pollcam.registry.entity.CameraDetails(cam.id,"
                        + " s.id, c.number, s.number, cam.role, cam.streamUrl, cam.credentialRef, cam.privacyMask, cam.enabled)"
                        + where + " order by c.number, s.number, cam.role", CameraDetails.class)
                .setFirstResult(Math.max(page, 0) * pageSize).setMaxResults(pageSize);
        var count = em.createQuery("select count(cam)" + where, Long.class);
        if (stationId != null) {
            items.setParameter("station", stationId);
            count.setParameter("station", stationId);
        }
        return new Page<>(items.getResultList(), count.getSingleResult(), page, pageSize);
    }
}
