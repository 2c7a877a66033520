package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.pollcam.media.health.StreamHealth;

/** How many cameras are in each state: one grouped query on the state index. */
@ApplicationScoped
public class CameraCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupervisionMeters meters;

    @Transactional
    public Map<StreamHealth, Long> byState() {
        Map<StreamHealth, Long> counts = new EnumMap<>(StreamHealth.class);
        for (StreamHealth state : StreamHealth.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select h.state, count(h) from CameraHealth h group by h.state", Object[].class)
                .getResultStream().forEach(row -> counts.put((StreamHealth) row[0], (Long) row[1]));
        return counts;
    }

    public void refresh() {
        meters.cameraCounts(byState());
    }
}
