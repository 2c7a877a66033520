package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.portal.control.AirQueries.CameraRow;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.ElectionPhase;

class RecordingPlanTest {

    private static CameraRow camera(long id, long station, boolean enabled, StreamHealth health) {
        return new CameraRow(id, station, CameraRole.OVERVIEW, enabled, "http://encoder/" + id,
                id == 5 ? "0,0 1,0 1,1" : null, health, null);
    }

    private final List<CameraRow> cameras = List.of(camera(7, 2, true, StreamHealth.ONLINE),
            camera(5, 1, true, StreamHealth.COVERED), camera(3, 1, true, null), camera(9, 3, false, null),
            camera(4, 4, true, StreamHealth.OFFLINE));

    private static List<Long> ids(List<OnDemandPublishing.Source> plan) {
        return plan.stream().map(OnDemandPublishing.Source::cameraId).toList();
    }

    @Test
    void everyEnabledCameraIsRecordedDuringVotingAndCountingWhateverItsPicture() {
        assertEquals(List.of(3L, 4L, 5L, 7L), ids(RecordingPlan.of(ElectionPhase.VOTING, cameras, Set.of(), 100)));
        assertEquals(List.of(3L, 4L, 5L, 7L), ids(RecordingPlan.of(ElectionPhase.COUNTING, cameras, Set.of(), 100)));
    }

    @Test
    void nothingIsRecordedOutsideTheBroadcastHours() {
        for (ElectionPhase phase : new ElectionPhase[] {null, ElectionPhase.PREPARATION, ElectionPhase.TABULATION,
                ElectionPhase.CLOSED}) {
            assertEquals(List.of(), RecordingPlan.of(phase, cameras, Set.of(), 100), String.valueOf(phase));
        }
    }

    @Test
    void aStationWhoseProtocolIsSignedIsNoLongerRecorded() {
        assertEquals(List.of(4L, 7L), ids(RecordingPlan.of(ElectionPhase.COUNTING, cameras, Set.of(1L), 100)));
    }

    @Test
    void theBoundKeepsTheLowestCameraIdsSoThePlanIsStable() {
        assertEquals(List.of(3L, 4L), ids(RecordingPlan.of(ElectionPhase.VOTING, cameras, Set.of(), 2)));
        assertEquals(List.of(3L, 4L), ids(RecordingPlan.of(ElectionPhase.VOTING, List.of(cameras.get(0),
                cameras.get(4), cameras.get(2)), Set.of(), 2)));
        assertEquals(4, RecordingPlan.wanted(ElectionPhase.VOTING, cameras, Set.of()));
        assertEquals(List.of(), RecordingPlan.of(ElectionPhase.VOTING, cameras, Set.of(), 0));
    }

    @Test
    void theMaskTravelsWithTheCamera() {
        OnDemandPublishing.Source masked = RecordingPlan.of(ElectionPhase.VOTING, cameras, Set.of(), 100).get(2);
        assertEquals(5L, masked.cameraId());
        assertEquals("0,0 1,0 1,1", masked.privacyMask());
    }
}
