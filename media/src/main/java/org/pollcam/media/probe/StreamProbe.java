package org.pollcam.media.probe;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.pollcam.media.StreamProtocol;
import org.pollcam.media.publish.Snapshots;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/**
 * Opens a camera's stream (HLS, MPEG-TS over HTTP, RTSP, SRT, UDP, RTMP or a file), samples a short window and
 * measures it. A dead or stalling source never holds the calling thread longer than the timeouts: FFmpeg's own
 * socket timeouts ({@code rw_timeout}, {@code timeout}) are set, and an interrupt callback aborts any blocking FFmpeg
 * call once the current deadline (connect timeout while opening, read timeout between packets) has passed. Every
 * native object (format and codec contexts, packets, frames, scaler, dictionaries) is freed in all paths.
 * <p>
 * Thread-safe and stateless: one instance serves any number of threads, each probing one stream at a time.
 * It goes to FFmpeg directly rather than through JavaCV's FFmpegFrameGrabber, because a keyframe-only health check
 * must still see every packet (frame rate, bitrate) while decoding only the keyframes, and read luma in place.
 */
public final class StreamProbe {
    private static final System.Logger LOG = System.getLogger(StreamProbe.class.getName());
    private static final int EAGAIN = -11;
    /** AVFrame flags (libavutil/frame.h), macros the presets do not map. */
    private static final int AV_FRAME_FLAG_CORRUPT = 1;
    private static final int AV_FRAME_FLAG_KEY = 1 << 1;

    /** Per-thread deadline (System.nanoTime) that the interrupt callback enforces on any blocking FFmpeg call. */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[]{Long.MAX_VALUE});

    /** One callback for all probes: JavaCPP callbacks are a limited native resource, so never one per probe. */
    private static final AVIOInterruptCB.Callback_Pointer INTERRUPT = new AVIOInterruptCB.Callback_Pointer() {
        @Override
        public int call(Pointer opaque) {
            return System.nanoTime() - DEADLINE.get()[0] > 0 ? 1 : 0;
        }
    };

    static {
        av_log_set_level(AV_LOG_FATAL);
        avformat_network_init();
    }

    private final ProbeSettings settings;

    public StreamProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public StreamProbe() {
        this(ProbeSettings.DEFAULTS);
    }

    public ProbeSettings settings() {
        return settings;
    }

    /** Probes one stream with this probe's settings. Never throws for a bad stream: that is a result too. */
    public ProbeResult probe(String streamUrl) {
        Instant probedAt = Instant.now();
        long started = System.nanoTime();
        Optional<Map<String, String>> options = inputOptions(streamUrl);
        if (options.isEmpty()) {
            return ProbeResult.unreachable(streamUrl, probedAt, "not a stream address FFmpeg can open: " + streamUrl,
                    Duration.ZERO);
        }
        long[] deadline = DEADLINE.get();
        try (Session session = new Session(streamUrl, probedAt, started, deadline)) {
            return session.run(options.get());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Probe of " + streamUrl + " failed", e);
            return ProbeResult.unreachable(streamUrl, probedAt, e.toString(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            deadline[0] = Long.MAX_VALUE;
        }
    }

    private Optional<Map<String, String>> inputOptions(String streamUrl) {
        if (streamUrl == null || streamUrl.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> options = new LinkedHashMap<>();
        Optional<StreamProtocol> protocol = StreamProtocol.of(streamUrl);
        if (protocol.isPresent()) {
            options.putAll(protocol.get().inputOptions());
            long readMicros = settings.readTimeout().toNanos() / 1000;
            options.put("rw_timeout", Long.toString(readMicros));
            options.put("timeout", Long.toString(readMicros));
            if (protocol.get() == StreamProtocol.HLS) {
                options.put("live_start_index", "-2");
            }
        } else if (!isFile(streamUrl)) {
            return Optional.empty();
        }
        options.put("analyzeduration", "1000000");
        options.put("probesize", "1000000");
        return Optional.of(options);
    }

    private static boolean isFile(String streamUrl) {
        if (streamUrl.startsWith("file:")) {
            return true;
        }
        if (streamUrl.contains("://")) {
            return false;
        }
        try {
            return Path.of(streamUrl).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One probe's native resources and counters; closing frees everything it allocated. */
    private final class Session implements AutoCloseable {
        private final String url;
        private final Instant probedAt;
        private final long started;
        private final long[] deadline;
        private AVFormatContext format;
        private AVCodecContext decoder;
        private AVPacket packet;
        private AVFrame frame;
        private AVFrame last;
        private String error;
        private int decodeErrors;
        private final List<PictureSample> pictures = new ArrayList<>();

        Session(String url, Instant probedAt, long started, long[] deadline) {
            this.url = url;
            this.probedAt = probedAt;
            this.started = started;
            this.deadline = deadline;
        }

        ProbeResult run(Map<String, String> options) {
            deadline[0] = System.nanoTime() + settings.connectTimeout().toNanos();
            format = avformat_alloc_context();
            format.interrupt_callback().callback(INTERRUPT);
            AVDictionary dictionary = new AVDictionary(null);
            options.forEach((k, v) -> av_dict_set(dictionary, k, v, 0));
            int opened;
            try {
                opened = avformat_open_input(format, url, null, dictionary);
            } finally {
                av_dict_free(dictionary);
            }
            if (opened < 0) {
                format = null; // avformat_open_input frees the context on failure
                return unreachable("cannot open: " + describe(opened));
            }
            int video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
            if (video < 0 || format.streams(video).codecpar().codec_id() == AV_CODEC_ID_NONE) {
                // Only when the header does not name the video codec: avformat_find_stream_info decodes frames
                // (all of them, keyframes or not), which would cost more than the whole keyframe sample.
                int found = avformat_find_stream_info(format, (AVDictionary) null);
                if (found < 0) {
                    return unreachable("cannot read stream information: " + describe(found));
                }
                video = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
            }
            if (video < 0) {
                return unreachable("no video stream: " + describe(video));
            }
            AVStream stream = format.streams(video);
            AVCodecParameters parameters = stream.codecpar();
            AVCodec codec = avcodec_find_decoder(parameters.codec_id());
            if (codec == null) {
                return unreachable("no decoder for codec id " + parameters.codec_id());
            }
            decoder = avcodec_alloc_context3(codec);
            avcodec_parameters_to_context(decoder, parameters);
            decoder.thread_count(1);
            decoder.flags(decoder.flags() | AV_CODEC_FLAG_LOW_DELAY);
            if (settings.sampling() == Sampling.KEYFRAMES_DECODER_SKIP) {
                decoder.skip_frame(AVDISCARD_NONKEY);
            }
            int codecOpened = avcodec_open2(decoder, codec, (AVDictionary) null);
            if (codecOpened < 0) {
                return unreachable("cannot open decoder: " + describe(codecOpened));
            }
            packet = av_packet_alloc();
            frame = av_frame_alloc();
            last = av_frame_alloc();
            return sample(video, av_q2d(stream.time_base()), codec.name().getString());
        }

        private ProbeResult sample(int video, double timeBase, String codecName) {
            long readTimeout = settings.readTimeout().toNanos();
            long windowTicks = (long) (settings.window().toNanos() / 1e9 / timeBase);
            boolean keyframesOnly = settings.sampling() == Sampling.KEYFRAMES;
            long first = AV_NOPTS_VALUE;
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            long firstKey = AV_NOPTS_VALUE;
            long lastKey = AV_NOPTS_VALUE;
            long bytes = 0;
            int videoPackets = 0;
            int keyframes = 0;
            deadline[0] = System.nanoTime() + readTimeout;
            while (true) {
                int read = av_read_frame(format, packet);
                if (read < 0) {
                    if (read != AVERROR_EOF) {
                        error = read == AVERROR_EXIT
                                ? "no data for " + settings.readTimeout().toMillis() + " ms"
                                : "read failed: " + describe(read);
                    }
                    break;
                }
                deadline[0] = System.nanoTime() + readTimeout;
                try {
                    bytes += packet.size();
                    if (packet.stream_index() != video) {
                        continue;
                    }
                    long ts = packet.dts() != AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                    if (ts == AV_NOPTS_VALUE) {
                        continue;
                    }
                    if (first == AV_NOPTS_VALUE) {
                        first = ts;
                    }
                    videoPackets++;
                    lowest = Math.min(lowest, ts);
                    highest = Math.max(highest, ts);
                    boolean key = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
                    if (key) {
                        keyframes++;
                        firstKey = firstKey == AV_NOPTS_VALUE ? ts : firstKey;
                        lastKey = ts;
                    }
                    if (key || !keyframesOnly) {
                        decode((ts - first) * timeBase, key);
                    }
                    if (highest - lowest >= windowTicks
                            || (settings.maxKeyframes() > 0 && keyframes >= settings.maxKeyframes())) {
                        break;
                    }
                } finally {
                    av_packet_unref(packet);
                }
            }
            drain();
            if (videoPackets == 0) {
                return unreachable(error != null ? error : "no video packets");
            }
            double span = (highest - lowest) * timeBase;
            double frameRate = videoPackets > 1 && span > 0 ? (videoPackets - 1) / span : Double.NaN;
            double covered = videoPackets > 1 && span > 0 ? span * videoPackets / (videoPackets - 1) : Double.NaN;
            double bitrate = bytes * 8.0 / covered;
            double keyInterval = keyframes > 1 ? (lastKey - firstKey) * timeBase / (keyframes - 1) : Double.NaN;
            return new ProbeResult(url, probedAt, true, error, codecName, decoder.width(), decoder.height(), frameRate,
                    bitrate, keyInterval, videoPackets, keyframes, decodeErrors, behindLive(highest, lowest, timeBase),
                    Duration.ofNanos((long) (span * 1e9)), elapsed(), pictures, snapshot());
        }

        private Duration behindLive(long highest, long lowest, double timeBase) {
            long realtimeStart = format.start_time_realtime();
            if (realtimeStart == AV_NOPTS_VALUE || realtimeStart <= 0) {
                return null;
            }
            long startTicks = format.start_time() == AV_NOPTS_VALUE ? lowest : (long) (format.start_time() / 1e6 / timeBase);
            double lastMicros = realtimeStart + (highest - startTicks) * timeBase * 1e6;
            long nowMicros = System.currentTimeMillis() * 1000;
            return Duration.ofNanos((long) ((nowMicros - lastMicros) * 1000));
        }

        private void decode(double streamTime, boolean key) {
            int sent = avcodec_send_packet(decoder, packet);
            if (sent < 0 && sent != EAGAIN) {
                decodeErrors++;
                return;
            }
            receive(streamTime, key);
        }

        private void drain() {
            if (decoder != null && frame != null) {
                avcodec_send_packet(decoder, null);
                receive(Double.NaN, false);
            }
        }

        private void receive(double streamTime, boolean key) {
            while (true) {
                int received = avcodec_receive_frame(decoder, frame);
                if (received == EAGAIN || received == AVERROR_EOF) {
                    return;
                }
                if (received < 0) {
                    decodeErrors++;
                    return;
                }
                try {
                    if (frame.decode_error_flags() != 0 || (frame.flags() & AV_FRAME_FLAG_CORRUPT) != 0) {
                        decodeErrors++;
                    }
                    double time = Double.isNaN(streamTime) && !pictures.isEmpty()
                            ? pictures.get(pictures.size() - 1).streamTime() : streamTime;
                    pictures.add(measure(time, key || (frame.flags() & AV_FRAME_FLAG_KEY) != 0));
                    if (settings.snapshotWidth() > 0) {
                        av_frame_unref(last);
                        av_frame_ref(last, frame);
                    }
                } finally {
                    av_frame_unref(frame);
                }
            }
        }

        private PictureSample measure(double streamTime, boolean key) {
            if (LumaPlane.readable(frame)) {
                return LumaPlane.measure(frame, streamTime, key);
            }
            byte[] grey = Swscale.grey(frame);
            int width = frame.width();
            return LumaPlane.measure(width, frame.height(),
                    (y, row) -> System.arraycopy(grey, y * width, row, 0, width), streamTime, key);
        }

        private byte[] snapshot() {
            if (settings.snapshotWidth() == 0 || last == null || last.width() == 0) {
                return null;
            }
            return Snapshots.maskedJpeg(Swscale.bgr(last, settings.snapshotWidth()), settings.mask());
        }

        private ProbeResult unreachable(String why) {
            return ProbeResult.unreachable(url, probedAt, why, elapsed());
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        @Override
        public void close() {
            if (last != null) {
                av_frame_free(last);
            }
            if (frame != null) {
                av_frame_free(frame);
            }
            if (packet != null) {
                av_packet_free(packet);
            }
            if (decoder != null) {
                avcodec_free_context(decoder);
            }
            if (format != null) {
                avformat_close_input(format);
            }
        }
    }

    static String describe(int errorCode) {
        try (BytePointer buffer = new BytePointer(256)) {
            av_strerror(errorCode, buffer, buffer.capacity());
            String message = buffer.getString();
            int end = message.indexOf('\0');
            return (end < 0 ? message : message.substring(0, end)) + " (" + errorCode + ")";
        }
    }
}
