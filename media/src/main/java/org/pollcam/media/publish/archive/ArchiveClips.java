package org.pollcam.media.publish.archive;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Cuts a camera's archived footage for a time range into one MP4, by copying the H.264 packets of the archived
 * segments (no transcoding, so a masked camera's clip holds exactly the masked pictures that were published).
 * <p>
 * The clip starts at the start of the first segment that overlaps the range (segments start on a keyframe), so it may
 * begin up to one segment before {@code from}; it ends at the last frame before {@code to}. Gaps between segments
 * (camera offline) are closed up: the clip's timeline is the segments' own.
 */
public final class ArchiveClips {

    /** A cut clip: its file and the wall-clock range it actually covers. */
    public record Clip(Path file, Instant start, Duration duration, int segments) {
    }

    private final SegmentArchive archive;

    public ArchiveClips(SegmentArchive archive) {
        this.archive = archive;
    }

    /** Writes the clip for [from, to) to {@code target} (an .mp4); empty when nothing is archived in that range. */
    public Optional<Clip> cut(String cameraId, Instant from, Instant to, Path target) throws IOException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty range " + from + " .. " + to);
        }
        List<ArchivedSegment> segments = archive.segments(cameraId, from, to);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Instant clipStart = segments.get(0).start();
        Path tmp = target.resolveSibling(target.getFileName() + ".part.mp4");
        List<FFmpegFrameGrabber> open = new ArrayList<>();
        FFmpegFrameRecorder recorder = null;
        long lastDts = Long.MIN_VALUE;
        long endTicks = Long.MIN_VALUE;
        int recorderInput = -1;
        try {
            for (ArchivedSegment segment : segments) {
                FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(segment.file().toFile());
                open.add(grabber);
                grabber.start();
                AVFormatContext in = grabber.getFormatContext();
                int video = videoStream(in);
                AVStream stream = in.streams(video);
                double timeBase = stream.time_base().num() / (double) stream.time_base().den();
                long segmentOffset = Math.round(Duration.between(clipStart, segment.start()).toNanos() / 1e9 / timeBase);
                long limit = Math.round(Duration.between(clipStart, to).toNanos() / 1e9 / timeBase);
                if (recorder == null) {
                    recorder = new FFmpegFrameRecorder(tmp.toFile(), grabber.getImageWidth(),
                            grabber.getImageHeight(), 0);
                    recorder.setFormat("mp4");
                    recorder.setOption("movflags", "+faststart");
                    // the first segment's context stays open until the end: the recorder maps packets through it
                    // MPEG-TS stream type 0x1B is no MP4 tag: let the mp4 muxer choose avc1
                    stream.codecpar().codec_tag(0);
                    recorder.start(in);
                    recorderInput = video;
                }
                long shift = Long.MIN_VALUE;
                AVPacket packet;
                while ((packet = grabber.grabPacket()) != null) {
                    if (packet.stream_index() != video || packet.dts() == AV_NOPTS_VALUE) {
                        continue;
                    }
                    if (shift == Long.MIN_VALUE) {
                        shift = segmentOffset - packet.dts();
                        if (lastDts != Long.MIN_VALUE && packet.dts() + shift <= lastDts) {
                            shift = lastDts + 1 - packet.dts();
                        }
                    }
                    long dts = packet.dts() + shift;
                    long pts = packet.pts() == AV_NOPTS_VALUE ? dts : packet.pts() + shift;
                    if (pts >= limit) {
                        break;
                    }
                    packet.dts(dts);
                    packet.pts(pts);
                    packet.stream_index(recorderInput);
                    lastDts = dts;
                    endTicks = Math.max(endTicks, pts + Math.max(packet.duration(), 0));
                    recorder.recordPacket(packet);
                }
                if (open.size() > 1) {
                    open.remove(grabber);
                    grabber.close();
                }
            }
            AVStream first = open.get(0).getFormatContext().streams(videoStream(open.get(0).getFormatContext()));
            recorder.stop();
            recorder.release();
            recorder = null;
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            double tb = first.time_base().num() / (double) first.time_base().den();
            Duration length = Duration.ofNanos(Math.round(Math.max(0, endTicks) * tb * 1e9));
            return Optional.of(new Clip(target, clipStart, length, segments.size()));
        } catch (FrameGrabber.Exception | org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new IOException("cannot cut clip of " + cameraId + " " + from + " .. " + to + ": " + e.getMessage(), e);
        } finally {
            if (recorder != null) {
                try {
                    recorder.release();
                } catch (Exception ignored) {
                    // already failing
                }
            }
            for (FFmpegFrameGrabber g : open) {
                try {
                    g.close();
                } catch (Exception ignored) {
                    // already failing or done
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    static int videoStream(AVFormatContext context) throws IOException {
        for (int i = 0; i < context.nb_streams(); i++) {
            if (context.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                return i;
            }
        }
        throw new IOException("no video stream");
    }
}
