package org.pollcam.media.probe;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.swscale.*;

/**
 * FFmpeg's scaler for the probe's two conversions of a decoded picture: down to the snapshot size in BGR (so the
 * full-size picture is never copied into Java; {@link org.pollcam.media.publish.Snapshots} masks and encodes it), and
 * to 8-bit grey where {@link LumaPlane} cannot read the luma in place.
 */
final class Swscale {

    private Swscale() {
    }

    /** The picture scaled to {@code width} (height by its aspect, even), as a new {@code TYPE_3BYTE_BGR} image. */
    static BufferedImage bgr(AVFrame frame, int width) {
        int height = Math.max(2, (int) Math.round((double) frame.height() * width / frame.width()) & ~1);
        byte[] bgr = scale(frame, width, height, AV_PIX_FMT_BGR24, 3);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(bgr, 0, target, 0, target.length);
        return image;
    }

    /** The luma of a picture in a format {@link LumaPlane} cannot read in place (10-bit, packed), as 8-bit grey. */
    static byte[] grey(AVFrame frame) {
        return scale(frame, frame.width(), frame.height(), AV_PIX_FMT_GRAY8, 1);
    }

    private static byte[] scale(AVFrame frame, int width, int height, int format, int bytesPerPixel) {
        SwsContext scaler = sws_getContext(frame.width(), frame.height(), frame.format(), width, height, format,
                SWS_AREA, null, null, (DoublePointer) null);
        if (scaler == null) {
            throw new IllegalStateException("no scaler from pixel format " + frame.format());
        }
        int stride = width * bytesPerPixel;
        try (BytePointer target = new BytePointer((long) stride * height);
             PointerPointer<BytePointer> targetPlanes = new PointerPointer<>(target, null, null, null);
             IntPointer targetStrides = new IntPointer(stride, 0, 0, 0);
             PointerPointer<BytePointer> sourcePlanes = new PointerPointer<>(frame.data(0), frame.data(1), frame.data(2), frame.data(3));
             IntPointer sourceStrides = new IntPointer(frame.linesize(0), frame.linesize(1), frame.linesize(2), frame.linesize(3))) {
            sws_scale(scaler, sourcePlanes, sourceStrides, 0, frame.height(), targetPlanes, targetStrides);
            byte[] bytes = new byte[stride * height];
            target.get(bytes);
            return bytes;
        } finally {
            sws_freeContext(scaler);
        }
    }
}
