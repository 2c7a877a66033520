package org.pollcam.portal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.portal.entity.Watch;

/**
 * Publishes a camera while somebody watches it or while it is recorded, with one publisher per camera whichever the
 * reason: the run that records a camera is the one its viewers watch, so no camera is read and remuxed twice.
 * <p>
 * A viewer's heartbeat starts the camera's publisher when none runs; a publisher whose camera has had no viewer for
 * {@code idleAfter} is stopped, unless the camera is recorded. At most {@code maxCameras} publishers run for viewers
 * alone (each costs a few percent of a core remuxed, much more masked): past that a new camera is refused with
 * {@link Watch.State#FULL} rather than slowing every viewer down. Recorded cameras are bounded by the recording plan
 * that {@link #record} is given, not by {@code maxCameras}. A publisher whose source failed is restarted at most every
 * {@code retryAfter} while viewers wait; a recorded one without viewers with a backoff that doubles from
 * {@code retryAfter} up to {@link #MAX_RETRY_FACTOR} times it, so a dead camera costs one attempt every few minutes
 * for the rest of the day; once supervision sees its stream answer again it is restarted after {@code retryAfter},
 * so the archive loses seconds after an outage, not minutes.
 */
public final class OnDemandPublishing {

    private static final Logger LOG = Logger.getLogger(OnDemandPublishing.class.getName());

    /** What a publisher needs of a camera; the stream address never leaves the server. */
    public record Source(long cameraId, String streamUrl, String privacyMask) {
    }

    /** The longest wait between two restarts of a recorded camera, in multiples of {@code retryAfter}. */
    public static final int MAX_RETRY_FACTOR = 16;

    private static final class Run {
        Instant startedAt;
        Instant lastViewedAt;
        boolean recorded;
        int failures;

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
            if (forViewersOnly() >= maxCameras) {
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

    /** How many cameras are kept published because they are recorded. */
    public synchronized int recording() {
        return runs.size() - forViewersOnly();
    }

    private int forViewersOnly() {
        return (int) runs.values().stream().filter(run -> !run.recorded).count();
    }

    /**
     * Makes {@code plan} the cameras that are recorded: starts those not published yet, restarts those whose source
     * failed (with the backoff, or after {@code retryAfter} when the camera is among those supervision saw
     * {@code answering}), and releases the cameras no longer in the plan to the viewers' rules, so that the
     * next {@link #reap} stops them unless somebody watches. Returns the cameras started or restarted.
     */
    public synchronized List<Long> record(List<Source> plan, Set<Long> answering, Instant now) {
        Set<Long> planned = new HashSet<>();
        List<Long> started = new ArrayList<>();
        for (Source source : plan) {
            long id = source.cameraId();
            planned.add(id);
            Run run = runs.get(id);
            if (run == null) {
                run = new Run(now);
                run.recorded = true;
                runs.put(id, run);
                start(source);
                started.add(id);
                continue;
            }
            run.recorded = true;
            if (publisher.ready(id)) {
                run.failures = 0;
            } else if (!publisher.running(id) && !run.startedAt.plus(answering.contains(id) ? retryAfter
                    : backoff(run.failures)).isAfter(now)) {
                run.failures++;
                run.startedAt = now;
                start(source);
                started.add(id);
            }
        }
        runs.forEach((id, run) -> {
            if (!planned.contains(id)) {
                run.recorded = false;
            }
        });
        return started;
    }

    private Duration backoff(int failures) {
        return retryAfter.multipliedBy(1L << Math.min(failures, Integer.numberOfTrailingZeros(MAX_RETRY_FACTOR)));
    }

    public int maxCameras() {
        return maxCameras;
    }

    /**
     * Stops the publishers nobody watched for {@code idleAfter}, and those whose camera went off air; a recorded
     * camera keeps its publisher (its picture may be off air for a fault: the archive keeps it as evidence, viewers
     * are told why instead of seeing it).
     */
    public synchronized List<Long> reap(Instant now, java.util.function.LongPredicate offAir) {
        viewers.expire(now);
        List<Long> stopped = new ArrayList<>();
        runs.forEach((id, run) -> {
            if (run.recorded) {
                return;
            }
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
