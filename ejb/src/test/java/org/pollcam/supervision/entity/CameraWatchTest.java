package org.pollcam.supervision.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameraWatchTest {

    @Test
    void aScheduledCheckCountsOnceAndNeverAfterALaterOne() {
        CameraWatch watch = new CameraWatch(7);
        assertFalse(watch.isDone(0), "a new camera has done no check");

        assertTrue(watch.claim(3));
        assertTrue(watch.isDone(3));
        assertFalse(watch.claim(3), "a second probe of the same check (a redelivered job) is not kept");
        assertFalse(watch.claim(2), "an older check arriving late is not kept");
        assertFalse(watch.isDone(4));
        assertTrue(watch.claim(4));
    }
}
