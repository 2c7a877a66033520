package org.pollcam.media.health;

import org.pollcam.media.probe.Fingerprint;
import org.pollcam.media.probe.PictureSample;
import org.pollcam.media.probe.ProbeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Turns a probe into a verdict. The checks run in the precedence order of {@link StreamHealth}; the first that fails
 * decides, the others are still reported as evidence.
 * <p>
 * Picture measures (luma, spread, sharpness) use the median over the sampled pictures, so one odd picture (a person
 * passing close to the lens) neither raises nor hides an alarm.
 * <p>
 * FROZEN compares pictures across time, never one picture alone: the keyframes of the window with each other and with
 * the previous probe's last keyframe, by their fingerprints' largest cell change. A static but live room is the
 * classic false positive; it is avoided because a live camera's picture always moves somewhere — the burned-in clock
 * every camera and the simulator show, sensor noise, people — and a clock alone changes a fingerprint cell by 15
 * levels and more, while a hung encoder repeating one frame stays at 0–1. Only keyframes are compared, because
 * keyframes and predicted frames of one still picture differ by their coding (up to ~15 levels at low bitrate). With
 * fewer than two pictures to compare (first probe, one keyframe) FROZEN is not judged.
 */
public final class HealthJudge {
    private final HealthThresholds thresholds;

    public HealthJudge(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public HealthJudge() {
        this(HealthThresholds.DEFAULTS);
    }

    public HealthThresholds thresholds() {
        return thresholds;
    }

    public HealthVerdict judge(ProbeResult result, CameraMemory memory) {
        if (!result.reachable() || result.pictures().isEmpty()) {
            String why = result.error() != null ? result.error() : "no picture could be decoded";
            return new HealthVerdict(StreamHealth.OFFLINE, why, List.of());
        }
        List<PictureSample> pictures = result.pictures();
        Checks checks = new Checks();
        double luma = median(pictures, PictureSample::meanLuma);
        double spread = median(pictures, PictureSample::lumaSpread);
        double sharpness = median(pictures, PictureSample::sharpness);
        checks.below(StreamHealth.BLACK, "mean luma", luma, "black luma", thresholds.blackLuma());
        checks.below(StreamHealth.COVERED, "luma spread", spread, "uniform spread", thresholds.uniformSpread());
        checks.below(StreamHealth.COVERED, "sharpness", sharpness, "blur sharpness", thresholds.blurSharpness());
        frozen(result, memory, checks);
        if (memory.reference() != null) {
            double difference = pictures.stream()
                    .mapToDouble(p -> p.fingerprint().sceneDifference(memory.reference())).min().orElse(Double.NaN);
            checks.above(StreamHealth.MOVED, "scene difference from reference", difference, "moved difference",
                    thresholds.movedDifference());
        }
        checks.below(StreamHealth.DEGRADED, "frame rate", result.frameRate(), "min frame rate", thresholds.minFrameRate());
        checks.below(StreamHealth.DEGRADED, "bitrate", result.bitrate(), "min bitrate", thresholds.minBitrate());
        if (result.error() != null) {
            checks.failed(StreamHealth.DEGRADED, "stream interrupted: " + result.error());
        }
        return checks.verdict();
    }

    private void frozen(ProbeResult result, CameraMemory memory, Checks checks) {
        List<Fingerprint> series = new ArrayList<>();
        if (memory.previous() != null) {
            series.add(memory.previous());
        }
        result.pictures().stream().filter(PictureSample::keyframe).map(PictureSample::fingerprint).forEach(series::add);
        if (series.size() < 2) {
            return;
        }
        int largest = 0;
        for (int i = 1; i < series.size(); i++) {
            largest = Math.max(largest, series.get(i).maxDifference(series.get(i - 1)));
            largest = Math.max(largest, series.get(i).maxDifference(series.get(0)));
        }
        checks.notAbove(StreamHealth.FROZEN, "largest picture change over " + series.size() + " pictures", largest,
                "frozen difference", thresholds.frozenDifference());
    }

    /** The fingerprint to remember for the next probe's FROZEN comparison: the last keyframe's. */
    public static Optional<Fingerprint> lastKeyframe(ProbeResult result) {
        List<PictureSample> pictures = result.pictures();
        for (int i = pictures.size() - 1; i >= 0; i--) {
            if (pictures.get(i).keyframe()) {
                return Optional.of(pictures.get(i).fingerprint());
            }
        }
        return Optional.empty();
    }

    private static double median(List<PictureSample> pictures, ToDoubleFunction<PictureSample> measure) {
        double[] values = pictures.stream().mapToDouble(measure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Collects the checks in precedence order and remembers the first failure. */
    private static final class Checks {
        private final List<Evidence> evidence = new ArrayList<>();
        private StreamHealth state;
        private String reason;

        void below(StreamHealth failing, String measure, double value, String threshold, double limit) {
            boolean fails = !Double.isNaN(value) && value < limit;
            add(failing, fails, new Evidence(measure, value, fails ? "<" : "≥", threshold, limit, false));
        }

        void above(StreamHealth failing, String measure, double value, String threshold, double limit) {
            boolean fails = !Double.isNaN(value) && value > limit;
            add(failing, fails, new Evidence(measure, value, fails ? ">" : "≤", threshold, limit, false));
        }

        void notAbove(StreamHealth failing, String measure, double value, String threshold, double limit) {
            boolean fails = value <= limit;
            add(failing, fails, new Evidence(measure, value, fails ? "≤" : ">", threshold, limit, false));
        }

        void failed(StreamHealth failing, String why) {
            if (state == null) {
                state = failing;
                reason = why;
            }
        }

        private void add(StreamHealth failing, boolean fails, Evidence item) {
            if (fails && state == null) {
                state = failing;
                reason = item.text();
                item = new Evidence(item.measure(), item.value(), item.comparison(), item.threshold(), item.limit(), true);
            }
            evidence.add(item);
        }

        HealthVerdict verdict() {
            if (state == null) {
                return new HealthVerdict(StreamHealth.ONLINE, "all checks passed", evidence);
            }
            return new HealthVerdict(state, reason, evidence);
        }
    }
}
