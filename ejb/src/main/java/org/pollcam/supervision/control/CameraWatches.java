package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pollcam.media.health.HealthDebounce;
import org.pollcam.registry.entity.Camera;
import org.pollcam.supervision.entity.CameraEvent;
import org.pollcam.supervision.entity.CameraWatch;
import org.pollcam.supervision.entity.EventKind;
import org.pollcam.supervision.entity.EventOrigin;

/**
 * The prober's work with the database around a probe (which itself holds no transaction and no connection): before
 * it, a read of what to check, which writes nothing; after it, one transaction that claims the scheduled check and
 * keeps its outcome. A check commits once: the commit, not the probe, was most of a check's cost on the server. Two
 * probes of the same scheduled check (a redelivered job) are possible but rare; only the first one's outcome counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CameraWatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    CameraEvents events;

    @Inject
    SupervisionSettings settings;

    /** The check to run, or empty when the camera is gone, disabled, or this check was already done. */
    public Optional<ProbeTarget> target(long cameraId, long slot) {
        Camera camera = em.find(Camera.class, cameraId);
        if (camera == null || !camera.isEnabled()) {
            return Optional.empty();
        }
        CameraWatch watch = em.find(CameraWatch.class, cameraId);
        if (watch == null) {
            watch = new CameraWatch(cameraId);
        } else if (watch.isDone(slot)) {
            return Optional.empty();
        }
        return Optional.of(new ProbeTarget(cameraId, slot, camera.getStreamUrl(), camera.getPrivacyMask(),
                watch.memory(), watch.debounce()));
    }

    /**
     * Claims the check and keeps its outcome; reports a camera event when the confirmed state changed or a heartbeat
     * is due. False, keeping nothing, when another probe of this check (or of a later one) was first.
     */
    public boolean remember(ProbeTarget target, Judgement judgement) {
        CameraWatch watch = em.find(CameraWatch.class, target.cameraId(), LockModeType.PESSIMISTIC_WRITE);
        if (watch == null) {
            watch = new CameraWatch(target.cameraId());
            em.persist(watch);
        }
        if (!watch.claim(target.slot())) {
            return false;
        }
        HealthDebounce before = watch.debounce();
        HealthDebounce after = before.after(judgement.verdict().state(), settings.confirmations());
        watch.remember(judgement.probedAt(), (int) judgement.elapsed().toMillis(), after, judgement.memory());
        Instant now = Instant.now();
        if (!watch.reportDue(after.changedFrom(before), now, settings.heartbeat())) {
            return false;
        }
        watch.reported(now);
        boolean confirmedVerdict = after.confirmed() == judgement.verdict().state();
        events.send(new CameraEvent(UUID.randomUUID().toString(), target.cameraId(), target.slot(), EventKind.CHECK,
                EventOrigin.PROBE, after.confirmed(), confirmedVerdict ? judgement.verdict().reason() : null,
                judgement.probedAt()));
        return true;
    }
}
