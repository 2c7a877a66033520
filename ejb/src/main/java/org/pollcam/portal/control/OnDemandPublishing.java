package org.pollcam.portal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.portal.entity.Watch;

/**
 * Publishes a camera only while somebody watches it. A viewer's heartbeat starts the camera's publisher when none
 * runs; a publisher whose camera has had no viewer for {@code idleAfter} is stopped. At most {@code maxCameras} run at
 * once (each costs a few percent of a core remuxed, much more masked): past that a new camera is refused with
 * {@link Watch.State#FULL} rather than slowing every viewer down. A publisher whose source failed is restarted at most
 * every {@code retryAfter} while viewers wait.
 */
public final class OnDemandPublishing {

    private static final Logger LOG = Logger.getLogger(OnDemandPublishing.class.getName());

    /** What a publisher needs of a camera; the stream address never leaves the server. */
    public record Source(long cameraId, String streamUrl, String privacyMask) {
    }

    private static final class Run {
        Instant startedAt;
        Instant lastViewedAt;

        Run(Instant now) {
            startedAt = now;
            lastViewedAt = now;
        }
    }

    private final CameraPublisher publisher;
    private final ViewerWindow viewers;
    private final int maxCameras;
    private final Duration idleAfter;
    private final Duration retryAfter;
    private final Map<Long, Run> runs = new HashMap<>();

    public OnDemandPublishing(CameraPublisher publisher, ViewerWindow viewers, int maxCameras, Duration idleAfter,
                              Duration retryAfter) {
        this.publisher = publisher;
        this.viewers = viewers;
        this.maxCameras = maxCameras;
        this.idleAfter = idleAfter;
        this.retryAfter = retryAfter;
    }

    /** A viewer's heartbeat for a camera that is on air. */
    public synchronized Watch watch(Source source, String viewerId, Instant now) {
        long id = source.cameraId();
        int watching = viewers.seen(id, viewerId, now);
        Run run = runs.get(id);
        if (run == null) {
            if (runs.size() >= maxCameras) {
                return new Watch(Watch.State.FULL, null, watching, null);
            }
            runs.put(id, new Run(now));
            start(source);
            return new Watch(Watch.State.STARTING, null, watching, null);
        }
        run.lastViewedAt = now;
        if (publisher.ready(id)) {
            return new Watch(Watch.State.LIVE, publisher.playlistPath(id), watching, null);
        }
        if (!publisher.running(id) && !run.startedAt.plus(retryAfter).isAfter(now)) {
            run.startedAt = now;
            start(source);
        }
        return new Watch(Watch.State.STARTING, null, watching, null);
    }

    /** Counts a viewer without publishing (the camera is off air: the page explains why). */
    public int count(long cameraId, Instant now) {
        return viewers.count(cameraId, now);
    }

    public long viewers(Instant now) {
        return viewers.total(now);
    }

    public synchronized int publishing() {
        return runs.size();
    }

    public int maxCameras() {
        return maxCameras;
    }

    /** Stops the publishers nobody watched for {@code idleAfter}, and those whose camera went off air. */
    public synchronized List<Long> reap(Instant now, java.util.function.LongPredicate offAir) {
        viewers.expire(now);
        List<Long> stopped = new ArrayList<>();
        runs.forEach((id, run) -> {
            boolean idle = viewers.count(id, now) == 0 && !run.lastViewedAt.plus(idleAfter).isAfter(now);
            if (idle || offAir.test(id)) {
                stopped.add(id);
            }
        });
        for (Long id : stopped) {
            runs.remove(id);
            stop(id);
        }
        return stopped;
    }

    public synchronized void stopAll() {
        new ArrayList<>(runs.keySet()).forEach(this::stop);
        runs.clear();
    }

    private void start(Source source) {
        try {
            publisher.start(source.cameraId(), source.streamUrl(), source.privacyMask());
        } catch (RuntimeException e) {
            // the next heartbeat after retryAfter tries again; viewers keep seeing "starting"
            LOG.log(Level.WARNING, "could not start publishing camera " + source.cameraId(), e);
        }
    }

    private void stop(long cameraId) {
        try {
            publisher.stop(cameraId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not stop publishing camera " + cameraId, e);
        }
    }
}
