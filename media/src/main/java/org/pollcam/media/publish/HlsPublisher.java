package org.pollcam.media.publish;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.pollcam.media.StreamProtocol;

/**
 * Publishes one camera as live HLS: {@code <mediaRoot>/<cameraId>/index.m3u8} plus MPEG-TS segments, written by
 * FFmpeg's hls muxer (the playlist goes to a temporary file renamed over the old one, and with {@code temp_file} each
 * segment appears under its name only once complete, so a web server never serves half a file).
 * <p>
 * A camera without privacy masks that sends H.264 is remuxed: packets are copied, nothing is decoded. A camera with
 * masks is always decoded, masked and re-encoded ({@link PublishMode#MASKED}); there is no code path from a masked
 * camera's packets to the output, and the mode is fixed for a run, so a restart or an error never falls back to
 * remuxing. Every run starts by deleting the camera's live directory, so the playlist of a masked run lists only
 * segments written by that run, and only that run's segments (named {@code <run>-m-<n>.ts}) go to the archive.
 * <p>
 * Started and stopped by the caller; restartable after {@link #stop()} or after the source ended or failed. All native
 * resources of a run are released when its thread ends.
 */
public final class HlsPublisher {

    private static final Logger LOG = Logger.getLogger(HlsPublisher.class.getName());

    /** Counters of the current or last run; CPU is the publisher thread's, natives included. */
    public record Stats(PublishMode mode, long packets, long frames, Duration media, Duration cpu, int archived) {
        /** Share of one core the run needs to keep up with the camera in real time. */
        public double coreShareAtRealTime() {
            return media.isZero() ? 0 : (double) cpu.toNanos() / media.toNanos();
        }
    }

    private static final AVRational MICROS = new AVRational().num(1).den(1_000_000);

    /** Standalone use (tools, tests): a daemon thread per run. */
    private static final ThreadFactory DAEMON_THREADS = task -> {
        Thread t = new Thread(task);
        t.setDaemon(true);
        return t;
    };

    private final Publication publication;
    private final ThreadFactory threads;
    private volatile Thread worker;
    private volatile boolean stopRequested;
    private volatile Throwable lastError;
    private volatile Stats stats;

    public HlsPublisher(Publication publication) {
        this(publication, DAEMON_THREADS);
    }

    /**
     * With the threads a container manages (a Jakarta Concurrency {@code ManagedThreadFactory}): a run lasts as long
     * as the camera is watched, so it gets a thread of its own rather than a pooled one.
     */
    public HlsPublisher(Publication publication, ThreadFactory threads) {
        this.publication = publication;
        this.threads = threads;
    }

    public Publication publication() {
        return publication;
    }

    /** Starts publishing in a thread of its own; fails when already running. */
    public synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException(publication.cameraId() + " is already publishing");
        }
        stopRequested = false;
        lastError = null;
        stats = null;
        Thread t = threads.newThread(this::run);
        t.setName("hls-" + publication.cameraId());
        worker = t;
        t.start();
    }

    /**
     * Stops publishing and waits for the run to close its output (the playlist gets #EXT-X-ENDLIST). A blocked read
     * ends at the latest after the publication's read timeout.
     */
    public synchronized void stop() throws InterruptedException {
        stopRequested = true;
        Thread t = worker;
        if (t != null) {
            t.join();
        }
    }

    /** Waits until the run ends by itself (source ended or failed) or {@code timeout} passes; true when ended. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        Thread t = worker;
        if (t != null) {
            t.join(Math.max(1, timeout.toMillis()));
        }
        return !isRunning();
    }

    public boolean isRunning() {
        Thread t = worker;
        return t != null && t.isAlive();
    }

    /** Why the last run ended, or null when it ended normally or is still running. */
    public Throwable lastError() {
        return lastError;
    }

    public Stats stats() {
        return stats;
    }

    private void run() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Run run = new Run(Long.toString(System.currentTimeMillis(), 36));
        try {
            clearLiveDirectory(publication.cameraDirectory());
            run.publish();
        } catch (Throwable e) {
            lastError = e;
            LOG.log(Level.WARNING, "publishing " + publication.cameraId() + " ended: " + e.getMessage(), e);
        } finally {
            run.close();
            run.cpu = threads.getCurrentThreadCpuTime() - cpu0;
            stats = run.stats();
        }
    }

    /** Removes everything a previous run left in the live directory (segments of another mode included). */
    static void clearLiveDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** One run: one grabber, one recorder, both released by {@link #close()}. */
    private final class Run {
        final String id;
        FFmpegFrameGrabber grabber;
        FFmpegFrameRecorder recorder;
        PublishMode mode;
        long packets, frames, cpu, firstTs = -1, lastTs = -1;
        int archived, nextToArchive;
        Object playlistVersion;

        Run(String id) {
            this.id = id;
        }

        void publish() throws Exception {
            grabber = new FFmpegFrameGrabber(publication.source());
            String timeout = Long.toString(publication.readTimeout().toNanos() / 1000);
            StreamProtocol protocol = StreamProtocol.of(publication.source()).orElse(null);
            if (protocol != null) {
                protocol.inputOptions().forEach(grabber::setOption);
                grabber.setOption(protocol == StreamProtocol.RTSP ? "timeout" : "rw_timeout", timeout);
            }
            grabber.setPixelFormat(AV_PIX_FMT_YUV420P);
            // one thread per camera: a server runs many cameras in parallel, and the CPU figures stay honest
            grabber.setVideoOption("threads", "1");
            grabber.start();
            int video = videoStream(grabber.getFormatContext());
            boolean masked = !publication.mask().isEmpty();
            mode = masked ? PublishMode.MASKED
                    : grabber.getVideoCodec() == AV_CODEC_ID_H264 ? PublishMode.REMUX : PublishMode.TRANSCODE;
            LOG.info(() -> "publishing " + publication.cameraId() + " as " + mode + " from " + publication.source());
            if (mode == PublishMode.REMUX) {
                remux(video);
            } else {
                transcode();
            }
            recorder.stop(); // closes the last segment, writes #EXT-X-ENDLIST
            archiveNewSegments(true);
        }

        private FFmpegFrameRecorder hlsRecorder(int width, int height) {
            Path dir = publication.cameraDirectory();
            FFmpegFrameRecorder r = new FFmpegFrameRecorder(publication.playlist().toString(), width, height, 0);
            r.setFormat("hls");
            r.setOption("hls_time", String.format(Locale.ROOT, "%.3f",
                    publication.segmentDuration().toMillis() / 1000.0));
            r.setOption("hls_list_size", Integer.toString(publication.playlistSize()));
            r.setOption("hls_flags", "delete_segments+independent_segments+program_date_time+temp_file");
            r.setOption("hls_segment_type", "mpegts");
            r.setOption("hls_segment_filename", dir.resolve(id + "-" + mode.marker() + "-%05d.ts").toString());
            return r;
        }

        private void remux(int video) throws Exception {
            recorder = hlsRecorder(grabber.getImageWidth(), grabber.getImageHeight());
            recorder.start(grabber.getFormatContext());
            AVRational timeBase = grabber.getFormatContext().streams(video).time_base();
            AVPacket packet;
            while (!stopRequested && (packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() != video) {
                    continue;
                }
                long ts = packet.pts() == AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                ts = ts == AV_NOPTS_VALUE ? -1 : av_rescale_q(ts, timeBase, MICROS);
                recorder.recordPacket(packet);
                packets++;
                track(ts);
                archiveNewSegments(false);
            }
        }

        private void transcode() throws Exception {
            int width = grabber.getImageWidth(), height = grabber.getImageHeight();
            double fps = grabber.getFrameRate();
            if (!(fps >= 1 && fps <= 60)) {
                fps = 15;
            }
            recorder = hlsRecorder(width, height);
            recorder.setVideoCodec(AV_CODEC_ID_H264);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            recorder.setGopSize((int) Math.max(1, Math.round(fps * publication.segmentDuration().toMillis() / 1000.0)));
            recorder.setVideoOption("threads", "1");
            recorder.setVideoBitrate((int) Math.min(4_000_000, Math.max(300_000, width * (long) height * fps / 12)));
            recorder.start();
            MaskRaster raster = mode == PublishMode.MASKED ? MaskRaster.of(publication.mask(), width, height) : null;
            Frame frame;
            while (!stopRequested && (frame = grabber.grabImage()) != null) {
                if (raster != null) {
                    if (frame.imageWidth != raster.width() || frame.imageHeight != raster.height()) {
                        raster = MaskRaster.of(publication.mask(), frame.imageWidth, frame.imageHeight);
                    }
                    mask(raster, frame);
                }
                track(frame.timestamp);
                long elapsed = frame.timestamp - firstTs;
                if (elapsed > recorder.getTimestamp()) {
                    recorder.setTimestamp(elapsed);
                }
                recorder.record(frame, AV_PIX_FMT_YUV420P);
                frames++;
                archiveNewSegments(false);
            }
        }

        private void track(long ts) {
            if (ts < 0) {
                return;
            }
            if (firstTs < 0) {
                firstTs = ts;
            }
            lastTs = Math.max(lastTs, ts);
        }

        /**
         * Appends the segments the muxer has finished (listed in the playlist) to the archive. Checked after every
         * packet or frame with one stat call: the muxer replaces the playlist (new file) each time a segment ends.
         */
        private void archiveNewSegments(boolean force) throws IOException {
            if (publication.archive() == null) {
                return;
            }
            Object version;
            try {
                BasicFileAttributes a = Files.readAttributes(publication.playlist(), BasicFileAttributes.class);
                version = List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
            } catch (NoSuchFileException e) {
                return;
            }
            if (!force && version.equals(playlistVersion)) {
                return;
            }
            playlistVersion = version;
            String prefix = id + "-" + mode.marker() + "-";
            List<LivePlaylist.Entry> entries = LivePlaylist.read(publication.playlist());
            for (LivePlaylist.Entry e : entries) {
                if (!e.uri().startsWith(prefix) || !e.uri().endsWith(".ts") || e.start() == null) {
                    continue;
                }
                int n = Integer.parseInt(e.uri().substring(prefix.length(), e.uri().length() - 3));
                if (n < nextToArchive) {
                    continue;
                }
                Path segment = publication.cameraDirectory().resolve(e.uri());
                nextToArchive = n + 1;
                try {
                    publication.archive().store(publication.cameraId(), segment, e.start(), e.duration());
                    archived++;
                } catch (IOException failure) {
                    // viewers keep their live picture; the gap is visible in the hour's index and in the log
                    LOG.log(Level.WARNING, "not archived: " + publication.cameraId() + " " + e.uri(), failure);
                }
            }
        }

        Stats stats() {
            Duration media = firstTs < 0 ? Duration.ZERO : Duration.ofNanos((lastTs - firstTs) * 1000);
            return new Stats(mode, packets, frames, media, Duration.ofNanos(cpu), archived);
        }

        void close() {
            if (recorder != null) {
                try {
                    recorder.release();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "release recorder", e);
                }
            }
            if (grabber != null) {
                try {
                    grabber.release();
                } catch (Exception e) {
                    LOG.log(Level.FINE, "release grabber", e);
                }
            }
        }
    }

    /**
     * Fills the mask into a decoded frame as the grabber delivers it for {@code AV_PIX_FMT_YUV420P}: one buffer, planes
     * packed with no row padding. Anything else is refused rather than published.
     */
    static void mask(MaskRaster raster, Frame frame) {
        if (frame.image == null || frame.image.length != 1 || !(frame.image[0] instanceof ByteBuffer buffer)
                || frame.imageStride != frame.imageWidth) {
            throw new IllegalStateException("unexpected frame layout; refusing to publish it unmasked");
        }
        int w = frame.imageWidth, h = frame.imageHeight;
        int expected = w * h + 2 * ((w + 1) / 2) * ((h + 1) / 2);
        if (buffer.capacity() < expected) {
            throw new IllegalStateException("frame buffer smaller than YUV 4:2:0; refusing to publish it unmasked");
        }
        // JavaCV limits the buffer to the Y plane; U and V follow it in the same allocation
        ByteBuffer planes = buffer.duplicate();
        planes.clear();
        raster.applyYuv420p(planes);
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
