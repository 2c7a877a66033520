package org.pollcam.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.pollcam.supervision.entity.TimelineMark;

/**
 * Reads camera timelines for reports, on the index {@code (camera_id, source_time)}: a whole election day of a
 * thousand cameras is streamed, never loaded at once.
 */
@Dependent
public class TimelineMarks {

    private static final String MARK = "select new org.pollcam.supervision.entity.TimelineMark(t.cameraId,"
            + " t.sourceTime, t.sequence, t.state, t.reason) from TimelineEntry t";

    @PersistenceContext
    EntityManager em;

    /** The cameras' entries in {@code [from, to)} by camera, source time, sequence; close the stream after use. */
    public Stream<TimelineMark> between(Collection<Long> cameraIds, Instant from, Instant to) {
        if (cameraIds.isEmpty() || !from.isBefore(to)) {
            return Stream.empty();
        }
        return em.createQuery(MARK + " where t.cameraId in :cameras and t.sourceTime >= :from"
                        + " and t.sourceTime < :to order by t.cameraId, t.sourceTime, t.sequence", TimelineMark.class)
                .setParameter("cameras", cameraIds).setParameter("from", from).setParameter("to", to)
                .setHint("org.hibernate.fetchSize", 1_000).setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    /** The camera's latest state-bearing entry strictly before the moment. */
    public Optional<TimelineMark> lastStateBefore(long cameraId, Instant moment) {
        return em.createQuery(MARK + " where t.cameraId = :camera and t.sourceTime < :moment and t.state is not null"
                        + " order by t.sourceTime desc, t.sequence desc", TimelineMark.class)
                .setParameter("camera", cameraId).setParameter("moment", moment).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
