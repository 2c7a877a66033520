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
 * camera nobody watches keeps publishing, and how long the public uptime figures are kept before they are made again.
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
