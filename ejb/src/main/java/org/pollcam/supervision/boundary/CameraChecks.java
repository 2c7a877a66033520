package org.pollcam.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pollcam.registry.boundary.CameraDirectory;
import org.pollcam.security.Roles;
import org.pollcam.supervision.control.StreamInspector;
import org.pollcam.supervision.entity.CameraCheck;

/**
 * "Check this camera now", for the control center: looks at the camera's stream once and says what a viewer would
 * see. No transaction: a probe takes seconds of wall time and holds nothing of the database.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CameraChecks {

    @Inject
    CameraDirectory cameras;

    @Inject
    StreamInspector inspector;

    public Optional<CameraCheck> check(long cameraId) {
        return cameras.camera(cameraId)
                .map(camera -> inspector.inspect(camera.id(), camera.streamUrl(), camera.privacyMask()));
    }
}
