package org.pollcam.portal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who watches which camera now: a sliding window of heartbeats. A viewer is a random id its browser tab made up;
 * nothing else is kept (no address, no cookie), and only in memory, so a viewer is forgotten a window after the last
 * heartbeat. The number of ids kept per camera is capped, so made-up ids cannot fill the memory; past the cap new ids
 * are not counted.
 */
public final class ViewerWindow {

    private final Duration window;
    private final int maxPerCamera;
    private final Map<Long, Map<String, Instant>> cameras = new ConcurrentHashMap<>();

    public ViewerWindow(Duration window, int maxPerCamera) {
        this.window = window;
        this.maxPerCamera = maxPerCamera;
    }

    /** Records a heartbeat; returns how many watch the camera now. */
    public int seen(long cameraId, String viewerId, Instant now) {
        Map<String, Instant> viewers = cameras.computeIfAbsent(cameraId, id -> new ConcurrentHashMap<>());
        if (viewers.size() < maxPerCamera || viewers.containsKey(viewerId)) {
            viewers.put(viewerId, now);
        }
        return count(cameraId, now);
    }

    public int count(long cameraId, Instant now) {
        Map<String, Instant> viewers = cameras.get(cameraId);
        return viewers == null ? 0 : (int) viewers.values().stream().filter(at -> fresh(at, now)).count();
    }

    /** Viewers of all cameras now (a tab watches one camera at a time). */
    public long total(Instant now) {
        return cameras.keySet().stream().mapToLong(camera -> count(camera, now)).sum();
    }

    /** Forgets viewers whose last heartbeat left the window, and cameras nobody watches. */
    public void expire(Instant now) {
        cameras.forEach((camera, viewers) -> {
            viewers.values().removeIf(at -> !fresh(at, now));
            if (viewers.isEmpty()) {
                cameras.remove(camera, viewers);
            }
        });
    }

    private boolean fresh(Instant seenAt, Instant now) {
        return seenAt.plus(window).isAfter(now);
    }
}
