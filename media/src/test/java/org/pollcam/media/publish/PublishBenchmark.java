package org.pollcam.media.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * CPU per camera for publishing: remux, and masked transcoding at 360p and 720p, from the publisher thread's own CPU
 * time (natives included), so other load on the machine does not count. Run by bench/publish.sh.
 */
public final class PublishBenchmark {

    static final int FPS = 15;
    static final PrivacyMask MASK = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 1 / 3.0, 1),
            PrivacyMask.Polygon.of(0.6, 0.5, 0.9, 0.55, 0.8, 0.95, 0.55, 0.9));

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int remuxRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("publish-bench");
        System.out.printf(Locale.ROOT, "source: H.264 %.0f s at %d fps (openh264), detailed scene with sensor noise, moving objects; work dir %s%n", seconds, FPS, work);
        fill(640, 360);
        fill(1280, 720);
        for (int[] size : new int[][] {{640, 360}, {1280, 720}}) {
            String name = size[0] + "x" + size[1];
            Path source = TestVideos.transportStream(work.resolve(name + ".ts"), size[0], size[1], FPS, seconds, true);
            long cpu = 0, media = 0, process = 0;
            for (int i = 0; i < remuxRuns; i++) {
                long p0 = processCpu();
                HlsPublisher.Stats s = run(Publication.of("remux-" + name, source.toString(), work, PrivacyMask.NONE));
                process += processCpu() - p0;
                cpu += s.cpu().toNanos();
                media += s.media().toNanos() + 1_000_000_000L / FPS;
            }
            System.out.printf(Locale.ROOT, "remux  %-9s: %.2f %% of a core per camera at real time, publisher thread"
                            + " (%.2f %% whole JVM; %d runs, %.0f ms CPU per %.0f s of video)%n", name, 100.0 * cpu / media,
                    100.0 * process / media, remuxRuns, cpu / 1e6 / remuxRuns, media / 1e9 / remuxRuns);
            long p0 = processCpu();
            HlsPublisher.Stats s = run(Publication.of("masked-" + name, source.toString(), work, MASK));
            long p1 = processCpu() - p0;
            double fps = s.frames() / (s.cpu().toNanos() / 1e9);
            double fpsProcess = s.frames() / (p1 / 1e9);
            System.out.printf(Locale.ROOT, "masked %-9s: %.0f fps sustained on one core; %.0f %% of a core at %d fps"
                            + " (whole JVM: %.0f fps, %.0f %%; %d frames, %.2f s CPU)%n",
                    name, fps, 100.0 * FPS / fps, FPS, fpsProcess, 100.0 * FPS / fpsProcess, s.frames(), s.cpu().toNanos() / 1e9);
        }
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static HlsPublisher.Stats run(Publication publication) throws Exception {
        HlsPublisher publisher = new HlsPublisher(publication.withSegments(Duration.ofSeconds(2), 6));
        publisher.start();
        if (!publisher.awaitEnd(Duration.ofMinutes(5)) || publisher.lastError() != null) {
            throw new IllegalStateException("publishing failed", publisher.lastError());
        }
        return publisher.stats();
    }

    /** The mask fill alone: scanline spans on the YUV planes against Java2D on a BGR image of the same size. */
    static void fill(int w, int h) {
        var cpu = ManagementFactory.getThreadMXBean();
        MaskRaster raster = MaskRaster.of(MASK, w, h);
        ByteBuffer yuv = ByteBuffer.allocateDirect(w * h * 3 / 2);
        BufferedImage bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        int n = 2000;
        for (int round = 0; round < 2; round++) { // first round warms up
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                raster.applyYuv420p(yuv);
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                Graphics2D g = bgr.createGraphics();
                g.setColor(Color.BLACK);
                for (PrivacyMask.Polygon p : MASK.polygons()) {
                    Path2D.Double path = new Path2D.Double();
                    path.moveTo(p.points().get(0).x() * w, p.points().get(0).y() * h);
                    p.points().stream().skip(1).forEach(q -> path.lineTo(q.x() * w, q.y() * h));
                    path.closePath();
                    g.fill(path);
                }
                g.dispose();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round == 1) {
                System.out.printf(Locale.ROOT, "fill   %dx%d: spans on YUV %.1f us/frame, Java2D on BGR %.1f us/frame"
                                + " (without the BGR conversions Java2D would also need; mask covers %.0f %%)%n",
                        w, h, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, raster.coverage() * 100);
            }
        }
    }
}
