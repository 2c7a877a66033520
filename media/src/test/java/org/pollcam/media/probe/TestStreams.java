package org.pollcam.media.probe;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * Real H.264 test streams, encoded here with libopenh264 (the only H.264 encoder in JavaCV's FFmpeg), as MPEG-TS files
 * or HLS playlists. Each scene is what a camera would show in one of the health states.
 */
public final class TestStreams {

    /** What the camera sees. */
    public enum Scene {
        /** The polling station: furniture, a notice board, a person walking, a running clock. */
        STATION,
        /** The same station with nothing moving and no clock: an encoder repeating one picture. */
        STILL,
        /** Lens cap or dead sensor. */
        BLACK,
        /** A cloth or paper over the lens: one flat grey. */
        GREY,
        /** The station, heavily out of focus (or a smeared lens). */
        BLURRED,
        /** Another room: the camera was turned or moved. */
        OTHER_ROOM,
        /** The station as a real sensor sees it: with grain (noise) that changes every frame. */
        GRAINY_STATION
    }

    /** How it is encoded. */
    public record Encoding(int width, int height, double frameRate, int gopFrames, int bitrate, double seconds) {
        public static final Encoding SD = new Encoding(640, 360, 25, 25, 800_000, 4);

        public Encoding withFrameRate(double fps, int gop) {
            return new Encoding(width, height, fps, gop, bitrate, seconds);
        }

        public Encoding withBitrate(int bits) {
            return new Encoding(width, height, frameRate, gopFrames, bits, seconds);
        }

        public Encoding withSize(int w, int h) {
            return new Encoding(w, h, frameRate, gopFrames, bitrate, seconds);
        }

        public Encoding withSeconds(double s) {
            return new Encoding(width, height, frameRate, gopFrames, bitrate, s);
        }
    }

    static {
        org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR);
    }

    private TestStreams() {
    }

    /** An MPEG-TS file of the scene. */
    public static Path mpegTs(Path directory, Scene scene, Encoding encoding) {
        Path file = directory.resolve(scene.name().toLowerCase() + "-" + encoding.width() + "-"
                + (int) encoding.frameRate() + "fps-" + encoding.bitrate() + ".ts");
        encode(file.toString(), "mpegts", Map.of(), scene, encoding);
        return file;
    }

    /** An HLS playlist (index.m3u8 with 1 s segments) of the scene in the directory. */
    public static Path hls(Path directory, Scene scene, Encoding encoding) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path playlist = directory.resolve("index.m3u8");
        encode(playlist.toString(), "hls", Map.of("hls_time", "1", "hls_list_size", "0"), scene, encoding);
        return playlist;
    }

    private static void encode(String target, String format, Map<String, String> options, Scene scene, Encoding e) {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target, e.width(), e.height(), 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat(format);
            recorder.setVideoCodecName("libopenh264");
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(e.frameRate());
            recorder.setGopSize(e.gopFrames());
            recorder.setVideoBitrate(e.bitrate());
            options.forEach(recorder::setOption);
            recorder.start();
            BufferedImage image = new BufferedImage(e.width(), e.height(), BufferedImage.TYPE_3BYTE_BGR);
            int frames = (int) Math.round(e.seconds() * e.frameRate());
            for (int i = 0; i < frames; i++) {
                draw(image, scene, i, i / e.frameRate());
                Frame frame = converter.convert(image);
                recorder.record(frame, org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        } catch (org.bytedeco.javacv.FrameRecorder.Exception ex) {
            throw new IllegalStateException("cannot encode " + target, ex);
        }
    }

    static void draw(BufferedImage image, Scene scene, int index, double seconds) {
        Graphics2D g = image.createGraphics();
        int w = image.getWidth();
        int h = image.getHeight();
        try {
            switch (scene) {
                case BLACK -> fill(g, Color.BLACK, w, h);
                case GREY -> fill(g, new Color(128, 128, 128), w, h);
                case STATION -> station(g, w, h, index, seconds, true);
                case GRAINY_STATION -> {
                    station(g, w, h, index, seconds, true);
                    BufferedImage grain = grain(w, h);
                    int dx = (int) ((index * 7919L) % w);
                    int dy = (int) ((index * 104729L) % h);
                    g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.12f));
                    g.drawImage(grain, -dx, -dy, null);
                }
                case STILL -> station(g, w, h, 0, 0, false);
                case OTHER_ROOM -> otherRoom(g, w, h, seconds);
                case BLURRED -> {
                    int sw = Math.max(8, w / 24);
                    int sh = Math.max(5, h / 24);
                    BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_3BYTE_BGR);
                    Graphics2D sg = small.createGraphics();
                    sg.scale(sw / (double) w, sh / (double) h);
                    station(sg, w, h, index, seconds, true);
                    sg.dispose();
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                    g.drawImage(small, 0, 0, w, h, null);
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static BufferedImage grainTile;

    /** Random grey pixels twice the picture's size, drawn at a different offset each frame. */
    private static synchronized BufferedImage grain(int w, int h) {
        if (grainTile == null || grainTile.getWidth() != 2 * w || grainTile.getHeight() != 2 * h) {
            grainTile = new BufferedImage(2 * w, 2 * h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] pixels = ((java.awt.image.DataBufferByte) grainTile.getRaster().getDataBuffer()).getData();
            new java.util.Random(42).nextBytes(pixels);
        }
        return grainTile;
    }

    private static void fill(Graphics2D g, Color color, int w, int h) {
        g.setColor(color);
        g.fillRect(0, 0, w, h);
    }

    private static void station(Graphics2D g, int w, int h, int index, double seconds, boolean live) {
        fill(g, new Color(200, 190, 170), w, h);
        g.setColor(new Color(120, 90, 60));
        g.fillRect(0, h * 2 / 3, w, h / 3);
        g.setColor(new Color(60, 60, 140));
        g.fillRect(w / 10, h / 8, w / 4, h / 3);
        g.setColor(Color.WHITE);
        g.fillRect(w * 6 / 10, h / 6, w / 4, h / 4);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(Math.max(1, w / 320f)));
        for (int i = 0; i < 6; i++) {
            int y = h / 6 + h / 30 + i * h / 28;
            g.drawLine(w * 6 / 10 + w / 40, y, w * 6 / 10 + w / 4 - w / 40, y);
        }
        g.setColor(new Color(30, 30, 30));
        g.fillRect(w * 4 / 10, h / 2, w / 5, h / 4);
        if (live) {
            int x = (int) ((index * w / 100.0) % w);
            g.setColor(new Color(180, 40, 40));
            g.fillOval(x, h / 2 - h / 10, w / 16, h / 5);
            clock(g, w, h, seconds);
        }
    }

    private static void otherRoom(Graphics2D g, int w, int h, double seconds) {
        fill(g, new Color(40, 70, 40), w, h);
        g.setColor(new Color(230, 230, 210));
        for (int i = 0; i < 8; i += 2) {
            g.fillRect(i * w / 8, 0, w / 8, h / 2);
        }
        g.setColor(new Color(90, 20, 20));
        g.fillOval(w / 3, h / 2, w / 3, h / 3);
        clock(g, w, h, seconds);
    }

    private static void clock(Graphics2D g, int w, int h, double seconds) {
        g.setColor(Color.BLACK);
        g.fillRect(0, h - h / 10, w / 3, h / 10);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, h / 14));
        g.drawString(String.format("08:%02d:%05.2f", (int) (seconds / 60), seconds % 60), w / 60, h - h / 40);
    }
}
