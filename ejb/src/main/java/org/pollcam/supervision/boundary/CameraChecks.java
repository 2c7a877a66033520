package org.pollcam.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.pollcam.registry.boundary.CameraDirectory;
import org.pollcam.security.Roles;
import org.pollcam.supervision.control.StreamInspector;
import org.pollcam.supervision.entity.CameraCheck;
import org.pollcam.supervision.entity.CameraWatch;

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

    @PersistenceContext
    EntityManager em;

    public Optional<CameraCheck> check(long cameraId) {
        return cameras.camera(cameraId)
                .map(camera -> inspector.inspect(camera.id(), camera.streamUrl(), camera.privacyMask()));
    }

    /**
     * The camera's picture at its last scheduled check becomes its approved view: from now on a different scene is
     * MOVED. Empty when the camera has never been checked; false when it has no picture yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Boolean> approveView(long cameraId) {
        return Optional.ofNullable(em.find(CameraWatch.class, cameraId)).map(CameraWatch::approveView);
    }
}
