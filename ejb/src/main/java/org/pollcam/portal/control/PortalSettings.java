package org.pollcam.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the portal reads from MicroProfile Config: the media folder WildFly serves at {@code /media} (the same
 * property and default as {@code configure-web.cli}), how many cameras may be published at once, how long a
 * camera nobody watches keeps publishing, how long the public uptime figures are kept before they are made again;
 * where the footage archive is, how long it is kept and how many cameras are recorded at most.
 * <p>
 * {@code pollcam.archive.max-cameras} defaults to 400: remuxing costs about 0.2 % of a core per camera here, so 400
 * recorded cameras take under a core of a two-core node and leave the other to viewers, probes and the web tier
 * (masked cameras are transcoded, ~3 % each, and count the same). Production sets it to the number of cameras, on
 * nodes sized for it; a plan cut by the bound is logged, never silent.
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "pollcam.media.dir")
    Optional<String> mediaDir;

    @Inject
    @ConfigProperty(name = "pollcam.publish.max-cameras", defaultValue = "200")
    int maxCameras;

    @Inject
    @ConfigProperty(name = "pollcam.publish.idle-after", defaultValue = "PT1M")
    Duration idleAfter;

    @Inject
    @ConfigProperty(name = "pollcam.portal.uptime-fresh", defaultValue = "PT60S")
    Duration uptimeFresh;

    @Inject
    @ConfigProperty(name = "pollcam.archive.dir")
    Optional<String> archiveDir;

    @Inject
    @ConfigProperty(name = "pollcam.archive.retention", defaultValue = "P5Y")
    String retention;

    @Inject
    @ConfigProperty(name = "pollcam.archive.max-cameras", defaultValue = "400")
    int archiveMaxCameras;

    public Path mediaDirectory() {
        return Path.of(mediaDir.orElseGet(() -> System.getProperty("jboss.server.data.dir", ".") + "/pollcam/media"));
    }

    /** Live HLS, one folder per published camera: {@code /media/live/<cameraId>/}. */
    public Path liveDirectory() {
        return mediaDirectory().resolve("live");
    }

    /** The latest JPEG per camera that supervision writes: {@code /media/snapshots/<cameraId>.jpg}. */
    public Path snapshot(long cameraId) {
        return mediaDirectory().resolve("snapshots").resolve(cameraId + ".jpg");
    }

    /**
     * The footage archive, by default inside the media folder ({@code /media/archive/...}), so that WildFly serves
     * archived segments the way it serves live ones; on another file system segments are copied instead of linked.
     */
    public Path archiveDirectory() {
        return archiveDir.map(Path::of).orElseGet(() -> mediaDirectory().resolve("archive"));
    }

    public ArchiveRetention retention() {
        return ArchiveRetention.parse(retention);
    }

    public int archiveMaxCameras() {
        return archiveMaxCameras;
    }

    public int maxCameras() {
        return maxCameras;
    }

    public Duration idleAfter() {
        return idleAfter;
    }

    public Duration uptimeFresh() {
        return uptimeFresh;
    }
}
