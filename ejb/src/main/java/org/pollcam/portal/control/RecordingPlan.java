package org.pollcam.portal.control;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pollcam.portal.control.AirQueries.CameraRow;
import org.pollcam.registry.entity.ElectionPhase;

/**
 * Which cameras are recorded into the archive now: every camera of the election's broadcast stations that the
 * broadcast rules ({@link AirRules}) put on air, judged by the rules alone and not by its picture. A frozen, black
 * or covered camera stays recorded: viewers are told why they cannot watch it, and the archive keeps what it showed,
 * because a covered camera is itself what a complaint is about; an offline one fails to open and is retried.
 * <p>
 * At most {@code maxCameras} are recorded; past that, the cameras with the lowest ids, so the same cameras stay
 * recorded from one plan to the next instead of being swapped in and out.
 */
public final class RecordingPlan {

    private RecordingPlan() {
    }

    /** The cameras to record, at most {@code maxCameras}; {@code cameras} are the broadcast stations' cameras. */
    public static List<OnDemandPublishing.Source> of(ElectionPhase phase, List<CameraRow> cameras,
                                                     Set<Long> signedStations, int maxCameras) {
        return onAir(phase, cameras, signedStations).stream()
                .limit(Math.max(0, maxCameras))
                .map(row -> new OnDemandPublishing.Source(row.id(), row.streamUrl(), row.privacyMask()))
                .toList();
    }

    /** How many cameras the rules would record, whatever the bound: more than {@code maxCameras} means some are not. */
    public static int wanted(ElectionPhase phase, List<CameraRow> cameras, Set<Long> signedStations) {
        return onAir(phase, cameras, signedStations).size();
    }

    private static List<CameraRow> onAir(ElectionPhase phase, List<CameraRow> cameras, Set<Long> signedStations) {
        return cameras.stream()
                .filter(row -> AirRules.judge(phase, true, signedStations.contains(row.stationId()), row.enabled(),
                        null) == null)
                .sorted(Comparator.comparingLong(CameraRow::id))
                .toList();
    }
}
