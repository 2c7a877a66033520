package org.pollcam.portal.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pollcam.media.publish.HlsPublisher;
import org.pollcam.media.publish.PrivacyMask;
import org.pollcam.media.publish.Publication;
import org.pollcam.media.publish.archive.SegmentArchive;

/**
 * Publishes cameras with the media module's {@link HlsPublisher} into {@code <liveRoot>/<cameraId>/}: H.264 remuxed,
 * cameras with a privacy mask decoded, masked and re-encoded (the publisher never remuxes a masked camera). Every
 * finished segment is also hard-linked into the footage archive: a camera is published only while it is on air, so
 * the archive holds what the public could watch, masked as they saw it. Each run gets a thread from the container's
 * managed thread factory.
 */
public final class JavaCvCameraPublisher implements CameraPublisher {

    private static final Logger LOG = Logger.getLogger(JavaCvCameraPublisher.class.getName());

    /** Where WildFly serves {@code liveRoot} (configure-web.cli maps the media folder to /media). */
    public static final String LIVE_PATH = "/media/live/";

    private final Path liveRoot;
    private final SegmentArchive archive;
    private final ThreadFactory threads;
    private final Map<Long, HlsPublisher> publishers = new ConcurrentHashMap<>();

    public JavaCvCameraPublisher(Path liveRoot, SegmentArchive archive, ThreadFactory threads) {
        this.liveRoot = liveRoot;
        this.archive = archive;
        this.threads = threads;
    }

    @Override
    public void start(long cameraId, String source, String privacyMask) {
        HlsPublisher previous = publishers.get(cameraId);
        if (previous != null && previous.isRunning()) {
            return;
        }
        Publication publication = Publication.of(Long.toString(cameraId), source, liveRoot,
                PrivacyMask.parse(privacyMask)).withArchive(archive);
        try {
            // the playlist of an ended run must not pass for a live one until the new run replaces it
            Files.deleteIfExists(publication.playlist());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HlsPublisher publisher = new HlsPublisher(publication, threads);
        publishers.put(cameraId, publisher);
        publisher.start();
    }

    @Override
    public void stop(long cameraId) {
        HlsPublisher publisher = publishers.remove(cameraId);
        if (publisher == null) {
            return;
        }
        try {
            publisher.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clear(publisher.publication().cameraDirectory());
    }

    @Override
    public boolean running(long cameraId) {
        HlsPublisher publisher = publishers.get(cameraId);
        return publisher != null && publisher.isRunning();
    }

    @Override
    public boolean ready(long cameraId) {
        HlsPublisher publisher = publishers.get(cameraId);
        return publisher != null && publisher.isRunning() && Files.exists(publisher.publication().playlist());
    }

    @Override
    public String playlistPath(long cameraId) {
        return LIVE_PATH + cameraId + "/" + Publication.PLAYLIST;
    }

    private static void clear(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear " + directory, e);
        }
    }
}
