package org.pollcam.media.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HealthDebounceTest {

    @Test
    void oneBadCheckDoesNotTurnACameraRed() {
        HealthDebounce state = HealthDebounce.start()
                .after(StreamHealth.BLACK, 2)
                .after(StreamHealth.ONLINE, 2);

        assertEquals(StreamHealth.ONLINE, state.confirmed());
    }

    @Test
    void aFaultSeenInEnoughChecksInARowIsConfirmedAndRecoveryLikewise() {
        HealthDebounce first = HealthDebounce.start().after(StreamHealth.OFFLINE, 2);
        HealthDebounce second = first.after(StreamHealth.OFFLINE, 2);

        assertEquals(StreamHealth.ONLINE, first.confirmed());
        assertEquals(StreamHealth.OFFLINE, second.confirmed());
        assertTrue(second.changedFrom(first));

        HealthDebounce recovering = second.after(StreamHealth.ONLINE, 2);
        assertEquals(StreamHealth.OFFLINE, recovering.confirmed());
        assertFalse(recovering.changedFrom(second));
        assertEquals(StreamHealth.ONLINE, recovering.after(StreamHealth.ONLINE, 2).confirmed());
    }

    @Test
    void aFlappingCameraKeepsItsConfirmedStateUntilAVerdictHolds() {
        HealthDebounce state = HealthDebounce.start();
        for (int i = 0; i < 6; i++) {
            state = state.after(i % 2 == 0 ? StreamHealth.OFFLINE : StreamHealth.ONLINE, 2);
        }
        assertEquals(StreamHealth.ONLINE, state.confirmed());
        assertEquals(StreamHealth.FROZEN, state.after(StreamHealth.FROZEN, 1).confirmed());
    }

    @Test
    void confirmationsStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> HealthDebounce.start().after(StreamHealth.BLACK, 0));
    }
}
