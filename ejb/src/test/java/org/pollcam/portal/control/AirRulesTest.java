package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.registry.entity.ElectionPhase;

class AirRulesTest {

    @Test
    void streamsArePublicDuringVotingAndCountingOnly() {
        assertNull(AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.ONLINE));
        assertNull(AirRules.judge(ElectionPhase.COUNTING, true, false, true, StreamHealth.ONLINE));
        for (ElectionPhase phase : new ElectionPhase[] {ElectionPhase.PREPARATION, ElectionPhase.TABULATION,
                ElectionPhase.CLOSED}) {
            assertEquals(OffAir.OUTSIDE_BROADCAST_HOURS, AirRules.judge(phase, true, false, true, StreamHealth.ONLINE));
        }
        assertEquals(OffAir.NO_ELECTION, AirRules.judge(null, true, false, true, null));
    }

    @Test
    void theRulesComeBeforeTheCamerasHealth() {
        assertEquals(OffAir.NOT_BROADCAST,
                AirRules.judge(ElectionPhase.VOTING, false, false, true, StreamHealth.OFFLINE));
        assertEquals(OffAir.PROTOCOL_SIGNED,
                AirRules.judge(ElectionPhase.COUNTING, true, true, true, StreamHealth.OFFLINE));
        assertEquals(OffAir.DISABLED, AirRules.judge(ElectionPhase.VOTING, true, false, false, StreamHealth.ONLINE));
    }

    @Test
    void anUnusablePictureIsExplainedAndAWorseOneStaysOnAir() {
        assertEquals(OffAir.OFFLINE, AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.OFFLINE));
        assertEquals(OffAir.FROZEN, AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.FROZEN));
        assertEquals(OffAir.BLACK, AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.BLACK));
        assertEquals(OffAir.COVERED, AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.COVERED));
        assertNull(AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.DEGRADED));
        assertNull(AirRules.judge(ElectionPhase.VOTING, true, false, true, StreamHealth.MOVED));
    }

    @Test
    void aCameraNotCheckedYetIsOnAir() {
        assertNull(AirRules.judge(ElectionPhase.VOTING, true, false, true, null));
    }
}
