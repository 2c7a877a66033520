package org.pollcam.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.security.Roles;
import org.pollcam.shared.Page;
import org.pollcam.supervision.control.CameraCounts;
import org.pollcam.supervision.entity.CameraTile;
import org.pollcam.supervision.entity.CameraTimeline;
import org.pollcam.supervision.entity.TileFilter;

/** The control center's view of the cameras: counts by state, the filtered grid, a camera's timeline. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class CameraBoard {

    private static final String TILE = "select new org.pollcam.supervision.entity.CameraTile(cam.id, s.id, c.number,"
            + " s.number, r.name, cam.role, h.state, h.reason, h.stateSince)"
            + " from Camera cam join cam.station s join s.constituency c join c.region r"
            + " left join CameraHealth h on h.cameraId = cam.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    CameraCounts counts;

    public Map<StreamHealth, Long> counts() {
        return counts.byState();
    }

    /** Cameras of the grid: faulty first, then online, then not checked yet; by station within each. */
    public Page<CameraTile> tiles(TileFilter filter, int page, int size) {
        String where = " where cam.enabled = true"
                + (filter.regionId() == null ? "" : " and r.id = :region")
                + (filter.constituencyId() == null ? "" : " and c.id = :constituency")
                + (filter.state() == null ? "" : " and h.state = :state");
        TypedQuery<CameraTile> items = em.createQuery(TILE + where
                + " order by case when h.state = :online then 1 when h.state is null then 2 else 0 end, c.number,"
                + " s.number, cam.role", CameraTile.class)
                .setParameter("online", StreamHealth.ONLINE).setFirstResult(page * size).setMaxResults(size);
        TypedQuery<Long> total = em.createQuery("select count(cam) from Camera cam join cam.station s"
                + " join s.constituency c join c.region r left join CameraHealth h on h.cameraId = cam.id" + where,
                Long.class);
        bind(items, filter);
        bind(total, filter);
        return new Page<>(items.getResultList(), total.getSingleResult(), page, size);
    }

    /**
     * The entries are read before the camera's tile: an event's entry and the state it caused commit together, so
     * the state shown is never older than the newest entry shown (each statement sees the latest commit).
     */
    public Optional<CameraTimeline> timeline(long cameraId, int limit) {
        List<CameraTimeline.Entry> entries = entries(cameraId, limit);
        return em.createQuery(TILE + " where cam.id = :id", CameraTile.class).setParameter("id", cameraId)
                .getResultStream().findFirst()
                .map(tile -> new CameraTimeline(tile, entries));
    }

    private List<CameraTimeline.Entry> entries(long cameraId, int limit) {
        return em.createQuery("select new org.pollcam.supervision.entity.CameraTimeline$Entry(t.eventId, t.sequence,"
                        + " t.kind, t.origin, t.state, t.reason, t.sourceTime, t.receivedAt) from TimelineEntry t"
                        + " where t.cameraId = :camera order by t.sourceTime desc, t.sequence desc",
                        CameraTimeline.Entry.class)
                .setParameter("camera", cameraId).setMaxResults(limit).getResultList();
    }

    private static void bind(TypedQuery<?> query, TileFilter filter) {
        if (filter.regionId() != null) {
            query.setParameter("region", filter.regionId());
        }
        if (filter.constituencyId() != null) {
            query.setParameter("constituency", filter.constituencyId());
        }
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
    }
}
