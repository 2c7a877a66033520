package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.boundary.ElectionArchive;
import org.pollcam.portal.boundary.ElectionArchive.ReplayHours;
import org.pollcam.portal.entity.CameraAir;
import org.pollcam.portal.entity.Replay;
import org.pollcam.portal.entity.StationAir;

/**
 * A polling station's recordings: the visitor picks a camera and a moment of the election day (in the election's
 * local time, or a UTC time as the station page's report link carries it) and the page plays the archive from there.
 * Picking is a GET form, so a replay is a link that can be shared; the server decides what may be replayed
 * ({@link ElectionArchive}), the page only shows the hours it would accept.
 */
@Named
@RequestScoped
public class ArchiveView {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Inject
    Broadcasts broadcasts;

    @Inject
    ElectionArchive archive;

    private String station;
    private String camera;
    private String at;
    private StationAir details;
    private CameraAir selected;
    private ReplayHours hours;
    private ZoneId zone = ZoneId.of("Asia/Baku");
    private Instant chosen;
    private boolean badTime;
    private Replay replay;

    /** View action: an unknown or malformed station is a 404, as on the station page. */
    public void load() throws IOException {
        Optional<StationAir> found = station != null && station.matches("\\d{1,18}")
                ? broadcasts.station(Long.parseLong(station)) : Optional.empty();
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such polling station");
            faces.responseComplete();
            return;
        }
        details = found.get();
        hours = archive.hours(details.station().id()).orElse(null);
        broadcasts.election().map(e -> ZoneId.of(e.timeZone())).ifPresent(z -> zone = z);
        Optional<CameraAir> asked = camera != null && camera.matches("\\d{1,18}")
                ? details.camera(Long.parseLong(camera)) : Optional.empty();
        selected = asked.orElseGet(() -> details.cameras().stream().min(Comparator.comparing(CameraAir::role))
                .orElse(null));
        if (at != null && !at.isBlank()) {
            chosen = parse(at.strip());
            badTime = chosen == null;
            if (chosen != null && selected != null) {
                replay = archive.replay(selected.id(), chosen);
            }
        }
    }

    /** A local date-time as the datetime-local input sends it, or a UTC instant ending in Z. */
    private Instant parse(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z")) {
                return Instant.parse(text);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?")) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    public StationAir getDetails() {
        return details;
    }

    public CameraAir getSelected() {
        return selected;
    }

    public boolean isSelected(CameraAir candidate) {
        return selected != null && selected.id() == candidate.id();
    }

    /** The hours the archive would replay, null when the station has none. */
    public ReplayHours getHours() {
        return hours;
    }

    public String getZone() {
        return zone.getId();
    }

    /** Bounds and value of the datetime-local input, in the election's time. */
    public String getMin() {
        return hours == null ? null : local(hours.from(), INPUT);
    }

    public String getMax() {
        return hours == null ? null : local(hours.until(), INPUT);
    }

    /** The moment asked for, or a minute before the end of the hours on offer. */
    public String getValue() {
        if (chosen != null) {
            return local(chosen, INPUT);
        }
        return hours == null ? null : local(hours.until().minus(1, ChronoUnit.MINUTES), INPUT);
    }

    public String shown(Instant instant) {
        return instant == null ? "" : local(instant, SHOWN);
    }

    public boolean isBadTime() {
        return badTime;
    }

    public Instant getChosen() {
        return chosen;
    }

    public boolean isPlayable() {
        return replay instanceof Replay.Playable;
    }

    /** Why nothing plays, as the key of its text, or null. */
    public String getRefusal() {
        return replay instanceof Replay.Refused refused ? "archive.refused." + refused.reason() : null;
    }

    /** The archive playlist under the API, from the chosen moment (the API checks it again). */
    public String getPlaylistPath() {
        return "/api/public/cameras/" + selected.id() + "/archive?from=" + chosen;
    }

    /** Seconds from the start of the first segment to the chosen moment: where the player starts. */
    public String getOffset() {
        return replay instanceof Replay.Playable playable
                ? String.format(Locale.ROOT, "%.3f", playable.offset().toMillis() / 1000.0) : "0";
    }

    private String local(Instant instant, DateTimeFormatter format) {
        return format.format(instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getCamera() {
        return camera;
    }

    public void setCamera(String camera) {
        this.camera = camera;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }
}
