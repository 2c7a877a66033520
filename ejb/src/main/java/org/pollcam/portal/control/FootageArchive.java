package org.pollcam.portal.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.media.publish.archive.ArchivedSegment;
import org.pollcam.media.publish.archive.SegmentArchive;

/**
 * The node's footage archive: the media module's {@link SegmentArchive} in {@code pollcam.archive.dir}, which the
 * camera publishers fill and playback reads. Its folder must lie inside the media folder (by default it is
 * {@code <media dir>/archive}), because viewers' players fetch archived segments from WildFly's {@code /media} file
 * handler, never through the application.
 */
@ApplicationScoped
public class FootageArchive {

    private static final Logger LOG = Logger.getLogger(FootageArchive.class.getName());

    @Inject
    PortalSettings settings;

    /**
     * The commission's time, in which the archive names its day and hour folders. Fixed rather than the election's:
     * footage written under one zone must be found under the same folders for the whole retention period.
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Baku");

    private SegmentArchive archive;
    private String sitePath;

    @PostConstruct
    void open() {
        Path root = settings.archiveDirectory().toAbsolutePath().normalize();
        Path media = settings.mediaDirectory().toAbsolutePath().normalize();
        if (!root.startsWith(media) || root.equals(media)) {
            throw new IllegalStateException("pollcam.archive.dir " + root + " must be a folder inside the media"
                    + " folder " + media + " (served at /media)");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot create " + root, e);
        }
        archive = new SegmentArchive(root, ZONE, Clock.systemUTC());
        sitePath = "/media/" + String.join("/", names(media.relativize(root))) + "/";
    }

    public SegmentArchive segments() {
        return archive;
    }

    /** A camera's archived segments overlapping [from, to), in time order. */
    public List<ArchivedSegment> segments(long cameraId, Instant from, Instant to) {
        try {
            return archive.segments(Long.toString(cameraId), from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where WildFly serves the segment: {@code /media/archive/<camera>/<day>/<hour>/<file>}. */
    public String sitePath(ArchivedSegment segment) {
        return sitePath + String.join("/", names(archive.root().relativize(segment.file())));
    }

    /** Deletes the footage older than the retention period; returns how many segments went. */
    public int applyRetention(Instant now) {
        try {
            return archive.deleteOlderThan(settings.retention().maxAge(now, ZONE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ArchiveRetention retention() {
        return settings.retention();
    }

    private static List<String> names(Path relative) {
        List<String> names = new java.util.ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return names;
    }
}
