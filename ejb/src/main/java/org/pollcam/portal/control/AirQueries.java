package org.pollcam.portal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.registry.entity.CameraRole;

/**
 * Reads what the broadcast rules need: the cameras with their supervised health (no health row: not checked yet)
 * and whether a station broadcasts in an election. Every query is on an index: camera by station or id, health by
 * camera, broadcast by election and station.
 */
@Dependent
public class AirQueries {

    /** A camera with its health; {@code health} and {@code since} are null until supervision first judges it. */
    public record CameraRow(long id, long stationId, CameraRole role, boolean enabled, String streamUrl,
                            String privacyMask, StreamHealth health, Instant since) {
    }

    /** A station on the map: where it is, its region and how many cameras it has. */
    public record MapPoint(long id, int constituencyNumber, int number, java.math.BigDecimal latitude,
                           java.math.BigDecimal longitude, String region, int cameras) {
    }

    private static final String CAMERA_ROW = "select new org.pollcam.portal.control.AirQueries$CameraRow(cam.id,"
            + " s.id, cam.role, cam.enabled, cam.streamUrl, cam.privacyMask, h.state, h.stateSince)"
            + " from Camera cam join cam.station s left join CameraHealth h on h.cameraId = cam.id";

    @PersistenceContext
    EntityManager em;

    /** Every station, for the map: one query, ~5,500 narrow rows. */
    public List<MapPoint> mapPoints() {
        return em.createQuery("select new org.pollcam.portal.control.AirQueries$MapPoint(s.id, c.number, s.number,"
                + " s.latitude, s.longitude, r.name, size(s.cameras)) from PollingStation s join s.constituency c"
                + " join c.region r order by r.name, c.number, s.number", MapPoint.class).getResultList();
    }

    public List<CameraRow> stationCameras(long stationId) {
        return em.createQuery(CAMERA_ROW + " where s.id = :station order by cam.role", CameraRow.class)
                .setParameter("station", stationId).getResultList();
    }

    public Optional<CameraRow> camera(long cameraId) {
        return em.createQuery(CAMERA_ROW + " where cam.id = :id", CameraRow.class)
                .setParameter("id", cameraId).getResultStream().findFirst();
    }

    /** Every camera of the election's broadcasting stations. */
    public List<CameraRow> broadcastCameras(long electionId) {
        return em.createQuery("select new org.pollcam.portal.control.AirQueries$CameraRow(cam.id, s.id, cam.role,"
                        + " cam.enabled, cam.streamUrl, cam.privacyMask, h.state, h.stateSince)"
                        + " from Election e join e.broadcastStations s join s.cameras cam"
                        + " left join CameraHealth h on h.cameraId = cam.id where e.id = :election", CameraRow.class)
                .setParameter("election", electionId).getResultList();
    }

    /** When the station's protocol was signed in the election, if it was. */
    public Optional<Instant> protocolSigned(long electionId, long stationId) {
        return em.createQuery("select p.signedAt from StationProtocol p where p.key.electionId = :election"
                        + " and p.key.stationId = :station", Instant.class)
                .setParameter("election", electionId).setParameter("station", stationId)
                .getResultStream().findFirst();
    }

    /** The stations whose protocol is signed in the election. */
    public java.util.Set<Long> signedStations(long electionId) {
        return java.util.Set.copyOf(em.createQuery("select p.key.stationId from StationProtocol p"
                + " where p.key.electionId = :election", Long.class).setParameter("election", electionId)
                .getResultList());
    }

    public boolean broadcasts(long electionId, long stationId) {
        return em.createQuery("select count(s) from Election e join e.broadcastStations s"
                        + " where e.id = :election and s.id = :station", Long.class)
                .setParameter("election", electionId).setParameter("station", stationId).getSingleResult() > 0;
    }
}
