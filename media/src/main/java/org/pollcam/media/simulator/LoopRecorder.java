package org.pollcam.media.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Encodes one loop of a camera's picture to an MPEG-TS file with H.264 (libopenh264, the encoder JavaCV's FFmpeg
 * has), a keyframe every second, constant frame rate and exact timestamps, so that the file can be cut into segments
 * at keyframes and replayed forever by shifting timestamps.
 */
final class LoopRecorder {

    private final LoopFormat format;

    LoopRecorder(LoopFormat format) {
        this.format = format;
    }

    /** Writes the loop to {@code target} atomically (a half-written file is never seen by another run). */
    void record(CameraName camera, Picture picture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), picture.name(), ".part");
        int fps = picture.framesPerSecond();
        StationScene scene = new StationScene(camera, format.width(), format.height());
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(partial.toFile(), format.width(), format.height(), 0);
        try {
            recorder.setFormat("mpegts");
            recorder.setVideoCodecName("libopenh264");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize(fps);
            recorder.setVideoBitrate(picture.videoBitrate());
            recorder.setVideoOption("rc_mode", "bitrate");
            // PAT and PMT still precede every keyframe (where segments are cut), but not every frame: at low
            // bitrates the default of ten a second would be a quarter of the stream
            recorder.setOption("pat_period", "1");
            recorder.setOption("sdt_period", "1");
            if (picture == Picture.LOW_BITRATE) {
                recorder.setVideoOption("qmin", "42");
            }
            // start() and stop() hold a JVM-wide lock that FFmpegFrameGrabber.start() also holds while it opens a
            // stream; a probe opening this simulator's stream in the same JVM would wait for this very loop while
            // holding it. FFmpeg's open calls are thread-safe since 4.0, so take the unsafe path, and end with
            // flush() (encoder and muxer drained; MPEG-TS needs no trailer) instead of stop().
            recorder.startUnsafe();
            Frame frame = new Frame(format.width(), format.height(), Frame.DEPTH_UBYTE, 3);
            ByteBuffer pixels = (ByteBuffer) frame.image[0];
            int rowBytes = format.width() * 3;
            int frames = format.loopSeconds() * fps;
            for (int i = 0; i < frames; i++) {
                byte[] bgr = scene.frame(picture, (double) i / fps, format.loopSeconds());
                for (int y = 0; y < format.height(); y++) {
                    pixels.position(y * frame.imageStride).put(bgr, y * rowBytes, rowBytes);
                }
                pixels.rewind();
                recorder.setTimestamp(i * 1_000_000L / fps);
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.flush();
        } catch (FFmpegFrameRecorder.Exception e) {
            Files.deleteIfExists(partial);
            throw new IOException("Could not encode the " + picture + " loop of " + camera, e);
        } finally {
            try {
                recorder.releaseUnsafe();
            } catch (FFmpegFrameRecorder.Exception e) {
                Files.deleteIfExists(partial);
                throw new IOException("Could not finish the " + picture + " loop of " + camera, e);
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
