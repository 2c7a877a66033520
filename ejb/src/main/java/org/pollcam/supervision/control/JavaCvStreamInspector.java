package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import org.pollcam.media.health.CameraMemory;
import org.pollcam.media.health.Evidence;
import org.pollcam.media.health.HealthJudge;
import org.pollcam.media.health.HealthVerdict;
import org.pollcam.media.probe.ProbeResult;
import org.pollcam.media.probe.StreamProbe;
import org.pollcam.media.publish.PrivacyMask;
import org.pollcam.supervision.entity.CameraCheck;

/** The inspector on the media module: one keyframe-sampling probe, judged with the configured thresholds. */
@ApplicationScoped
public class JavaCvStreamInspector implements StreamInspector {

    @Inject
    SupervisionSettings settings;

    @Override
    public CameraCheck inspect(long cameraId, String streamUrl, String privacyMask) {
        ProbeResult result = new StreamProbe(settings.probeSettings().withMask(PrivacyMask.parse(privacyMask)))
                .probe(streamUrl);
        HealthVerdict verdict = new HealthJudge(settings.thresholds()).judge(result, CameraMemory.none());
        return new CameraCheck(cameraId, streamUrl, result.probedAt(), verdict.state().name(), verdict.reason(),
                verdict.evidence().stream().map(Evidence::text).toList(), finite(result.frameRate()),
                finite(result.bitrate()) / 1000, result.width() > 0 ? result.width() + "x" + result.height() : null,
                result.elapsed().toMillis(),
                result.snapshot().map(jpeg -> Base64.getEncoder().encodeToString(jpeg)).orElse(null));
    }

    @Override
    public Judgement judge(String streamUrl, String privacyMask, CameraMemory memory) {
        ProbeResult result = new StreamProbe(settings.probeSettings().withMask(PrivacyMask.parse(privacyMask)))
                .probe(streamUrl);
        HealthVerdict verdict = new HealthJudge(settings.thresholds()).judge(result, memory);
        return new Judgement(result.probedAt(), verdict, memory.after(result), result.snapshotJpeg(),
                result.elapsed());
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
