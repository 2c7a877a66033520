package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ViewerWindowTest {

    private final Instant t0 = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aViewerCountsOnceWhileItsHeartbeatsComeAndIsForgottenAWindowAfterTheLast() {
        ViewerWindow window = new ViewerWindow(Duration.ofSeconds(35), 100);
        window.seen(1, "tab-a", t0);
        window.seen(1, "tab-a", t0.plusSeconds(12));
        window.seen(1, "tab-b", t0.plusSeconds(20));
        window.seen(2, "tab-c", t0.plusSeconds(20));

        assertEquals(2, window.count(1, t0.plusSeconds(30)));
        assertEquals(3, window.total(t0.plusSeconds(30)));
        assertEquals(1, window.count(1, t0.plusSeconds(50)));
        assertEquals(0, window.count(1, t0.plusSeconds(55)));

        window.expire(t0.plusSeconds(55));
        assertEquals(0, window.total(t0.plusSeconds(55)));
    }

    @Test
    void madeUpIdsCannotGrowTheWindowPastItsCap() {
        ViewerWindow window = new ViewerWindow(Duration.ofSeconds(35), 3);
        for (int i = 0; i < 10; i++) {
            window.seen(1, "tab-" + i, t0);
        }
        assertEquals(3, window.count(1, t0));
        assertEquals(3, window.seen(1, "tab-0", t0.plusSeconds(1)));
    }
}
