package org.pollcam.portal.entity;

import java.util.List;
import java.util.Optional;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.registry.entity.StationDetails;

/** A polling station for its public page: its details, the election's phase and each camera's air state. */
public record StationAir(StationDetails station, ElectionPhase phase, boolean broadcast, List<CameraAir> cameras) {

    public boolean onAir() {
        return cameras.stream().anyMatch(CameraAir::onAir);
    }

    public Optional<CameraAir> camera(long cameraId) {
        return cameras.stream().filter(camera -> camera.id() == cameraId).findFirst();
    }
}
