package org.pollcam.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The latest masked snapshot of each camera, in {@code <media dir>/snapshots/<camera id>.jpg}, which WildFly serves
 * at {@code /media/snapshots/<camera id>.jpg} (see wildfly-config). Replaced atomically: a reader never gets half a
 * picture.
 */
@ApplicationScoped
public class SnapshotShelf {

    @Inject
    @ConfigProperty(name = "pollcam.media.dir")
    Optional<String> mediaDir;

    public void keep(long cameraId, byte[] jpeg) {
        try {
            Path folder = folder();
            Files.createDirectories(folder);
            Path next = Files.createTempFile(folder, cameraId + "-", ".part");
            Files.write(next, jpeg);
            Files.move(next, folder.resolve(cameraId + ".jpg"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder() {
        return Path.of(mediaDir.orElseGet(() -> System.getProperty("jboss.server.data.dir") + "/pollcam/media"))
                .resolve("snapshots");
    }
}
