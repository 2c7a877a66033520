package org.pollcam.media.publish;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Real H.264 sources for the tests: a bright gradient with a box moving across the whole picture. */
public final class TestVideos {

    static {
        // FFmpeg prints every stream it opens; the tests assert what matters
        org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR);
    }

    private TestVideos() {
    }

    /** Writes an MPEG-TS file of H.264 at {@code fps} with a keyframe every second. */
    public static Path transportStream(Path file, int width, int height, int fps, double seconds) throws Exception {
        return transportStream(file, width, height, fps, seconds, false);
    }

    /**
     * As {@link #transportStream(Path, int, int, int, double)}; {@code camera-like} adds what makes real footage costly
     * to encode: a detailed static scene (a room full of edges) and sensor noise on every frame.
     */
    public static Path transportStream(Path file, int width, int height, int fps, double seconds, boolean cameraLike)
            throws Exception {
        java.util.Random random = new java.util.Random(7);
        BufferedImage scene = null;
        if (cameraLike) {
            scene = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = scene.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(200, 180, 60), width, height, new Color(60, 160, 220)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 600; i++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillRect(random.nextInt(width), random.nextInt(height), 4 + random.nextInt(width / 10),
                        4 + random.nextInt(height / 10));
            }
            g.dispose();
        }
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mpegts");
            recorder.setVideoCodec(AV_CODEC_ID_H264);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize(fps);
            recorder.setVideoBitrate(width * height * 2);
            recorder.start();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            int frames = (int) Math.round(seconds * fps);
            for (int i = 0; i < frames; i++) {
                Graphics2D g = image.createGraphics();
                if (scene != null) {
                    g.drawImage(scene, 0, 0, null);
                } else {
                    g.setPaint(new GradientPaint(0, 0, new Color(200, 180, 60), width, height, new Color(60, 160, 220)));
                    g.fillRect(0, 0, width, height);
                }
                g.setColor(Color.WHITE);
                int box = height / 4;
                int x = (int) ((i * 7L) % (width - box));
                g.fillRect(x, height / 3, box, box);
                g.setColor(Color.RED);
                g.fillRect(width - x - box, 2 * height / 3, box / 2, box / 2);
                g.dispose();
                if (scene != null) {
                    byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
                    for (int p = random.nextInt(3); p < pixels.length; p += 1 + random.nextInt(4)) {
                        pixels[p] = (byte) Math.max(0, Math.min(255, (pixels[p] & 0xFF) + random.nextInt(13) - 6));
                    }
                }
                recorder.record(converter.convert(image));
            }
            recorder.stop();
        }
        return file;
    }
}
