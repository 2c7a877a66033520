package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pollcam.portal.entity.Watch;

class OnDemandPublishingTest {

    /** Publishes nothing; remembers what it was told and is ready when the test says so. */
    static final class FakePublisher implements CameraPublisher {
        final List<String> calls = new ArrayList<>();
        final Set<Long> running = new HashSet<>();
        final Set<Long> ready = new HashSet<>();

        @Override
        public void start(long cameraId, String source, String privacyMask) {
            calls.add("start " + cameraId + (privacyMask == null ? "" : " masked"));
            running.add(cameraId);
        }

        @Override
        public void stop(long cameraId) {
            calls.add("stop " + cameraId);
            running.remove(cameraId);
            ready.remove(cameraId);
        }

        @Override
        public boolean running(long cameraId) {
            return running.contains(cameraId);
        }

        @Override
        public boolean ready(long cameraId) {
            return running.contains(cameraId) && ready.contains(cameraId);
        }

        @Override
        public String playlistPath(long cameraId) {
            return "/media/live/" + cameraId + "/index.m3u8";
        }
    }

    private final Instant t0 = Instant.parse("2026-12-03T08:00:00Z");
    private final FakePublisher publisher = new FakePublisher();
    private final OnDemandPublishing publishing = new OnDemandPublishing(publisher,
            new ViewerWindow(Duration.ofSeconds(35), 1000), 2, Duration.ofMinutes(1), Duration.ofSeconds(10));

    private static OnDemandPublishing.Source camera(long id) {
        return new OnDemandPublishing.Source(id, "http://encoder/" + id, id == 3 ? "0,0 1,0 1,1" : null);
    }

    @Test
    void theFirstViewerStartsTheCameraAndPlaysOnceTheFirstSegmentIsThere() {
        assertEquals(Watch.State.STARTING, publishing.watch(camera(1), "tab-a", t0).state());
        assertEquals(Watch.State.STARTING, publishing.watch(camera(1), "tab-b", t0.plusSeconds(1)).state());
        publisher.ready.add(1L);

        Watch watch = publishing.watch(camera(1), "tab-a", t0.plusSeconds(3));
        assertEquals(Watch.State.LIVE, watch.state());
        assertEquals("/media/live/1/index.m3u8", watch.playlist());
        assertEquals(2, watch.viewers());
        assertEquals(List.of("start 1"), publisher.calls);
    }

    @Test
    void aMaskedCameraIsPublishedWithItsMask() {
        publishing.watch(camera(3), "tab-a", t0);
        assertEquals(List.of("start 3 masked"), publisher.calls);
    }

    @Test
    void noMoreCamerasThanConfiguredArePublishedAtOnce() {
        publishing.watch(camera(1), "tab-a", t0);
        publishing.watch(camera(2), "tab-b", t0);

        assertEquals(Watch.State.FULL, publishing.watch(camera(4), "tab-c", t0).state());
        assertEquals(2, publishing.publishing());
    }

    @Test
    void aCameraNobodyWatchesForAMinuteIsStopped() {
        publishing.watch(camera(1), "tab-a", t0);
        publishing.watch(camera(2), "tab-b", t0);
        publishing.watch(camera(2), "tab-b", t0.plusSeconds(50));

        assertEquals(List.of(), publishing.reap(t0.plusSeconds(59), id -> false));
        assertEquals(List.of(1L), publishing.reap(t0.plusSeconds(61), id -> false));
        assertTrue(publisher.calls.contains("stop 1"));
        assertEquals(1, publishing.publishing());
    }

    @Test
    void aCameraThatWentOffAirIsStoppedDespiteItsViewers() {
        publishing.watch(camera(1), "tab-a", t0);
        assertEquals(List.of(1L), publishing.reap(t0.plusSeconds(1), id -> id == 1));
    }

    @Test
    void aFailedSourceIsRetriedNoMoreThanEveryTenSeconds() {
        publishing.watch(camera(1), "tab-a", t0);
        publisher.running.clear(); // the encoder did not answer: the run ended

        publishing.watch(camera(1), "tab-a", t0.plusSeconds(5));
        assertEquals(List.of("start 1"), publisher.calls);
        publishing.watch(camera(1), "tab-a", t0.plusSeconds(11));
        assertEquals(List.of("start 1", "start 1"), publisher.calls);
    }

    @Test
    void aRecordedCameraKeepsItsOnePublisherWithoutViewersAndViewersWatchThatRun() {
        assertEquals(List.of(1L), publishing.record(List.of(camera(1)), Set.of(), t0));
        publisher.ready.add(1L);

        assertEquals(List.of(), publishing.reap(t0.plusSeconds(600), id -> true), "neither idle nor a fault stops it");
        Watch watch = publishing.watch(camera(1), "tab-a", t0.plusSeconds(601));
        assertEquals(Watch.State.LIVE, watch.state());
        assertEquals(List.of(), publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(610)));
        assertEquals(List.of("start 1"), publisher.calls, "one pipeline for recording and viewing");
        assertEquals(1, publishing.recording());
    }

    @Test
    void recordedCamerasDoNotTakeTheViewersPlaces() {
        publishing.record(List.of(camera(5), camera(6), camera(7)), Set.of(), t0);
        assertEquals(Watch.State.STARTING, publishing.watch(camera(1), "tab-a", t0).state());
        assertEquals(Watch.State.STARTING, publishing.watch(camera(2), "tab-b", t0).state());
        assertEquals(Watch.State.FULL, publishing.watch(camera(4), "tab-c", t0).state());
        assertEquals(5, publishing.publishing());
    }

    @Test
    void aCameraLeavingThePlanIsStoppedUnlessWatched() {
        publishing.record(List.of(camera(1), camera(2)), Set.of(), t0);
        publishing.watch(camera(2), "tab-a", t0.plusSeconds(100));

        publishing.record(List.of(), Set.of(), t0.plusSeconds(110));
        assertEquals(List.of(1L), publishing.reap(t0.plusSeconds(110), id -> false));
        assertEquals(0, publishing.recording());
        assertEquals(List.of(2L), publishing.reap(t0.plusSeconds(110), id -> id == 2), "off air: stopped too");
    }

    @Test
    void aRecordedCameraWhoseSourceFailedIsRestartedWithADoublingBoundedBackoff() {
        publishing.record(List.of(camera(1)), Set.of(), t0);
        List<Long> restarts = new ArrayList<>();
        for (int second = 1; second <= 1000; second++) {
            publisher.running.clear(); // the camera never answers
            if (!publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(second)).isEmpty()) {
                restarts.add((long) second);
            }
        }
        assertEquals(List.of(10L, 30L, 70L, 150L, 310L, 470L, 630L, 790L, 950L), restarts,
                "10 s, doubling, then every 160 s");

        publisher.running.add(1L);
        publisher.ready.add(1L);
        publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(1001)); // it answered: the backoff starts over
        publisher.running.clear();
        publisher.ready.clear();
        assertEquals(List.of(1L), publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(1005)), "a drop: at once");
        publisher.running.clear();
        assertEquals(List.of(), publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(1024)));
        assertEquals(List.of(1L), publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(1025)), "then 20 s later");
    }

    @Test
    void aRecordedCameraThatSupervisionSeesAnswerAgainIsRestartedWithoutWaitingOutTheBackoff() {
        publishing.record(List.of(camera(1)), Set.of(), t0);
        for (int second = 1; second <= 315; second++) {
            publisher.running.clear(); // down for a while: the backoff has grown to 160 s
            publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(second));
        }
        publisher.running.clear();
        assertEquals(List.of(), publishing.record(List.of(camera(1)), Set.of(), t0.plusSeconds(320)));
        assertEquals(List.of(1L), publishing.record(List.of(camera(1)), Set.of(1L), t0.plusSeconds(320)),
                "supervision saw it answer: restarted 10 s after the last attempt (310 s), not at 470 s");
    }
}
