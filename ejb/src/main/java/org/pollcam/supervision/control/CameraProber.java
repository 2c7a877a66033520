package org.pollcam.supervision.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.media.health.HealthVerdict;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.entity.ProbeJob;

/**
 * Runs one scheduled check: look up what to check, probe the stream on the bounded probe executor (the same one an
 * operator's "check now" uses, so FFmpeg work per node never exceeds its size), keep the snapshot, then claim the
 * check, remember and report.
 */
@ApplicationScoped
public class CameraProber {

    private static final Logger LOG = Logger.getLogger(CameraProber.class.getName());

    @Resource(lookup = Resources.PROBE_EXECUTOR)
    ManagedExecutorService probes;

    @Inject
    CameraWatches watches;

    @Inject
    StreamInspector inspector;

    @Inject
    SnapshotShelf snapshots;

    @Inject
    SupervisionSettings settings;

    @Inject
    SupervisionMeters meters;

    public void check(ProbeJob job) {
        watches.target(job.cameraId(), job.slot()).ifPresent(target -> {
            Judgement judgement = judge(target);
            judgement.snapshot().ifPresent(jpeg -> snapshots.keep(target.cameraId(), jpeg));
            meters.checked(judgement);
            watches.remember(target, judgement);
        });
    }

    private Judgement judge(ProbeTarget target) {
        Instant started = Instant.now();
        Future<Judgement> probe = probes.submit(() -> inspector.judge(target.streamUrl(), target.privacyMask(),
                target.memory()));
        Duration deadline = settings.probeDeadline();
        try {
            return probe.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return failed(target, started, "the probe took longer than " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Probe of camera " + target.cameraId() + " failed", e.getCause());
            return failed(target, started, "the probe failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(target, started, "the probe was interrupted");
        }
    }

    private static Judgement failed(ProbeTarget target, Instant started, String reason) {
        return new Judgement(started, new HealthVerdict(StreamHealth.OFFLINE, reason, List.of()), target.memory(),
                null, Duration.between(started, Instant.now()));
    }
}
