package org.pollcam.media.probe;

import org.pollcam.media.publish.PrivacyMask;

import java.time.Duration;
import java.util.Objects;

/**
 * How a probe reads a stream.
 *
 * @param connectTimeout longest wait to open the stream (connect, handshake, first playlist and header); default 5 s
 * @param readTimeout    longest wait for the next packet once open: a source that stalls longer is OFFLINE; default 5 s
 * @param window         how much stream time to sample at most; a live source takes this long in wall time; default 3 s
 * @param maxKeyframes   stop after this many keyframes even if the window is not over (0 = the window decides);
 *                       default 2: with the previous probe's picture that is three to compare across time, and it
 *                       bounds the cost of encoders that send keyframes often
 * @param sampling       keyframes only (default) or every frame
 * @param snapshotWidth  width in pixels of the JPEG snapshot of the last sampled picture; 0 = no snapshot; default 320
 * @param mask           the camera's privacy mask, filled on the snapshot before it is encoded, because the snapshot is
 *                       shown in the control center and on the public portal and an unmasked picture of a masked camera
 *                       is never published (ballot secrecy); default {@link PrivacyMask#NONE}. Only the snapshot is
 *                       masked: the measurements ({@link ProbeResult#pictures()}: luminance, spread, sharpness,
 *                       fingerprint) stay computed on the whole, unmasked picture, since they never leave the
 *                       supervision as pictures, and measuring the masked picture would make a camera whose mask
 *                       covers much of the view look partly black or uniform, and would hide a lens covered or a
 *                       scene changed behind the mask from the health judgement.
 */
public record ProbeSettings(Duration connectTimeout, Duration readTimeout, Duration window, int maxKeyframes,
                            Sampling sampling, int snapshotWidth, PrivacyMask mask) {

    public static final ProbeSettings DEFAULTS = new ProbeSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(3), 2, Sampling.KEYFRAMES, 320, PrivacyMask.NONE);

    public ProbeSettings {
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(mask, "mask");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(window, "window");
        if (maxKeyframes < 0 || snapshotWidth < 0) {
            throw new IllegalArgumentException("maxKeyframes and snapshotWidth must not be negative");
        }
    }

    /** Settings for a camera without privacy masks. */
    public ProbeSettings(Duration connectTimeout, Duration readTimeout, Duration window, int maxKeyframes,
                         Sampling sampling, int snapshotWidth) {
        this(connectTimeout, readTimeout, window, maxKeyframes, sampling, snapshotWidth, PrivacyMask.NONE);
    }

    public ProbeSettings withSampling(Sampling newSampling) {
        return new ProbeSettings(connectTimeout, readTimeout, window, maxKeyframes, newSampling, snapshotWidth, mask);
    }

    public ProbeSettings withWindow(Duration newWindow) {
        return new ProbeSettings(connectTimeout, readTimeout, newWindow, maxKeyframes, sampling, snapshotWidth, mask);
    }

    public ProbeSettings withTimeouts(Duration connect, Duration read) {
        return new ProbeSettings(connect, read, window, maxKeyframes, sampling, snapshotWidth, mask);
    }

    public ProbeSettings withSnapshotWidth(int width) {
        return new ProbeSettings(connectTimeout, readTimeout, window, maxKeyframes, sampling, width, mask);
    }

    /** The same settings for a camera with this privacy mask ({@link PrivacyMask#NONE} for none). */
    public ProbeSettings withMask(PrivacyMask newMask) {
        return new ProbeSettings(connectTimeout, readTimeout, window, maxKeyframes, sampling, snapshotWidth, newMask);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
