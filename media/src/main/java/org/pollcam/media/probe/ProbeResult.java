package org.pollcam.media.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one probe of a camera's stream found. Figures that could not be measured are {@code NaN} (doubles), 0 (counts
 * and sizes) or {@code null} (objects); {@link #reachable()} false means the stream could not be opened or read, and
 * {@link #error()} says why.
 *
 * @param streamUrl        the address probed
 * @param probedAt         when the probe started
 * @param reachable        the stream opened and delivered video packets
 * @param error            why not, or what went wrong while reading (a stall after some packets); null when nothing did
 * @param codec            video codec name, e.g. "h264"
 * @param width            picture width in pixels
 * @param height           picture height in pixels
 * @param frameRate        frames per second from the packet timestamps of the window
 * @param bitrate          bits per second: bytes of all packets over the stream time of the window
 * @param keyframeInterval mean seconds between keyframes in the window (NaN with fewer than two)
 * @param videoPackets     video packets read
 * @param keyframes        keyframe packets read
 * @param decodeErrors     packets the decoder rejected plus pictures it flagged corrupt
 * @param behindLive       how far the last packet was behind real time, where the source says when its clock started
 *                         (RTSP with RTCP sender reports); null elsewhere
 * @param sampledTime      stream time covered by the video packets read
 * @param elapsed          wall time the probe took
 * @param pictures         the decoded, measured pictures in stream order, measured on the whole picture, masked
 *                         regions included (see {@link ProbeSettings#mask()})
 * @param snapshotJpeg     JPEG of the last sampled picture with the camera's privacy mask filled, or null
 */
public record ProbeResult(String streamUrl, Instant probedAt, boolean reachable, String error, String codec, int width,
                          int height, double frameRate, double bitrate, double keyframeInterval, int videoPackets,
                          int keyframes, int decodeErrors, Duration behindLive, Duration sampledTime, Duration elapsed,
                          List<PictureSample> pictures, byte[] snapshotJpeg) {

    public ProbeResult {
        pictures = List.copyOf(pictures);
    }

    static ProbeResult unreachable(String streamUrl, Instant probedAt, String error, Duration elapsed) {
        return new ProbeResult(streamUrl, probedAt, false, error, null, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, 0,
                0, null, Duration.ZERO, elapsed, List.of(), null);
    }

    public Optional<PictureSample> lastPicture() {
        return pictures.isEmpty() ? Optional.empty() : Optional.of(pictures.get(pictures.size() - 1));
    }

    public Optional<byte[]> snapshot() {
        return Optional.ofNullable(snapshotJpeg);
    }
}
