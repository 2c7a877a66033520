package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.boundary.StationProtocols;
import org.pollcam.portal.entity.CameraAir;
import org.pollcam.portal.entity.StationAir;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.shared.web.PageVersion;

/**
 * A polling station's public page: one camera at a time, live when it is on air, otherwise a placeholder that says
 * why with the camera's last snapshot. The page names only the camera's public playlist; the player asks for it with
 * its heartbeats ({@code /api/public/cameras/<id>/viewers}), which is what starts publishing the camera.
 */
@Named
@RequestScoped
public class StationView {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Broadcasts broadcasts;

    @Inject
    StationProtocols protocols;

    @Inject
    PageVersion version;

    private String id;
    private String camera;
    private StationAir station;
    private CameraAir selected;
    private ZoneId zone = ZoneId.of("Asia/Baku");
    private Optional<Instant> snapshotTaken;
    private int viewers;
    private int maxCameras;

    /** View action: an unknown or malformed station is a 404, not an error page with a stack trace. */
    public void load() throws IOException {
        Optional<StationAir> found = id != null && id.matches("\\d{1,18}")
                ? broadcasts.station(Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such polling station");
            faces.responseComplete();
            return;
        }
        station = found.get();
        broadcasts.election().map(ElectionStatus::timeZone).map(ZoneId::of).ifPresent(z -> zone = z);
        Optional<CameraAir> asked = camera != null && camera.matches("\\d{1,18}")
                ? station.camera(Long.parseLong(camera)) : Optional.empty();
        selected = asked.orElseGet(() -> station.cameras().stream()
                .min(Comparator.comparing((CameraAir c) -> !c.onAir()).thenComparing(CameraAir::role))
                .orElse(null));
        viewers = selected == null ? 0 : broadcasts.viewers(selected.id());
        maxCameras = broadcasts.capacity().maxCameras();
        version.unchanged(station, selected, zone, viewers, snapshotTaken(), maxCameras);
    }

    public StationAir getStation() {
        return station;
    }

    public CameraAir getSelected() {
        return selected;
    }

    public boolean isSelected(CameraAir candidate) {
        return selected != null && selected.id() == candidate.id();
    }

    /** Read once per request, so the page shows the count its version names. */
    public int getViewers() {
        return viewers;
    }

    /** HH:mm in the election's time zone. */
    public String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(zone));
    }

    /** How many cameras the server publishes at most, for the message shown when all are taken. */
    public int getMaxCameras() {
        return maxCameras;
    }

    public String getHeartbeatPath() {
        return "/api/public/cameras/" + selected.id() + "/viewers";
    }

    /** The last snapshot supervision took of the selected camera, with its time as a cache key; null if none. */
    public String getSnapshotPath() {
        return snapshotTaken().map(at -> "/media/snapshots/" + selected.id() + ".jpg?t=" + at.toEpochMilli())
                .orElse(null);
    }

    /** When supervision wrote the selected camera's last snapshot (one file lookup per request). */
    private Optional<Instant> snapshotTaken() {
        if (snapshotTaken == null) {
            snapshotTaken = selected == null ? Optional.empty() : broadcasts.snapshotTaken(selected.id());
        }
        return snapshotTaken;
    }

    /** "Last picture from this camera, taken at HH:mm", in the viewer's language. */
    public String getSnapshotAlt() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "pm").getString("offAir.snapshot");
        String time = snapshotTaken().map(this::clock).orElse("");
        return new java.text.MessageFormat(pattern, faces.getViewRoot().getLocale()).format(new Object[] {time});
    }

    /**
     * The link to report a violation at this station and camera. The player adds {@code at}, the time of the frame on
     * screen, and keeps it current; without it the request form takes the moment it is opened. (A time rendered here
     * would make every second a new version of the page.)
     */
    public String getReportUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath() + "/requests/new.xhtml?station=" + station.station().id()
                + (selected == null ? "" : "&camera=" + selected.id());
    }

    /** The control center records the station's signed protocol: its broadcast ends (operators, admins). */
    public String signProtocol() {
        StationProtocols.Outcome outcome = protocols.sign(station.station().id());
        if (outcome == StationProtocols.Outcome.RECORDED || outcome == StationProtocols.Outcome.ALREADY_RECORDED) {
            return "/station?faces-redirect=true&id=" + station.station().id();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                faces.getApplication().getResourceBundle(faces, "pm").getString("protocol." + outcome), null));
        return null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCamera() {
        return camera;
    }

    public void setCamera(String camera) {
        this.camera = camera;
    }
}
