package org.pollcam.supervision.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pollcam.registry.entity.Election;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.entity.ProbeJob;

/**
 * Puts the checks due in one second on the {@code ProbeRequests} queue. Each supervised camera has its second within
 * the interval (camera id modulo the interval in seconds), so checks are spread evenly instead of fired all at once.
 * Jobs live one interval: when probers fall behind, stale checks expire instead of piling up.
 */
@ApplicationScoped
public class ProbeDispatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.PROBE_REQUESTS)
    Queue probeRequests;

    @Inject
    SupervisionSettings settings;

    /** The election whose cameras are supervised now, if any: from the lead time before polls open to the end. */
    @Transactional
    public Long supervisedElection(Instant now) {
        return em.createQuery("select e from Election e order by e.electionDay desc, e.id desc", Election.class)
                .setMaxResults(1).getResultStream()
                .filter(election -> isSupervised(election, now)).map(Election::getId).findFirst().orElse(null);
    }

    private boolean isSupervised(Election election, Instant now) {
        var schedule = election.getSchedule();
        Instant from = schedule.getVotingOpens().atZone(election.getZone()).toInstant().minus(settings.lead());
        Instant until = schedule.getTabulationEnds().atZone(election.getZone()).toInstant();
        return !now.isBefore(from) && now.isBefore(until);
    }

    @Transactional
    public int dispatch(long electionId, long epochSecond) {
        int seconds = (int) Math.max(1, settings.interval().toSeconds());
        List<Long> due = em.createQuery("select cam.id from Election e join e.broadcastStations s join s.cameras cam"
                        + " where e.id = :election and cam.enabled = true and mod(cam.id, :seconds) = :second",
                        Long.class)
                .setParameter("election", electionId).setParameter("seconds", seconds)
                .setParameter("second", (int) (epochSecond % seconds)).getResultList();
        JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setTimeToLive(seconds * 1000L);
        try {
            for (Long cameraId : due) {
                Message job = jms.createMessage();
                job.setLongProperty("cameraId", cameraId);
                job.setLongProperty("slot", epochSecond);
                producer.send(probeRequests, job);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return due.size();
    }

    public static ProbeJob read(Message message) throws JMSException {
        return new ProbeJob(message.getLongProperty("cameraId"), message.getLongProperty("slot"));
    }
}
