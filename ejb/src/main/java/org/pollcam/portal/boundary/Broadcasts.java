package org.pollcam.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.portal.control.AirQueries;
import org.pollcam.portal.control.AirQueries.CameraRow;
import org.pollcam.portal.control.AirRules;
import org.pollcam.portal.control.FootageArchive;
import org.pollcam.portal.control.JavaCvCameraPublisher;
import org.pollcam.portal.control.OnDemandPublishing;
import org.pollcam.portal.control.PortalSettings;
import org.pollcam.portal.control.RecordingPlan;
import org.pollcam.portal.control.RegionOutlines;
import org.pollcam.portal.control.ViewerWindow;
import org.pollcam.portal.entity.CameraAir;
import org.pollcam.portal.entity.OffAir;
import org.pollcam.portal.entity.PortalSummary;
import org.pollcam.portal.entity.StationAir;
import org.pollcam.portal.entity.Watch;
import org.pollcam.registry.boundary.ElectionCalendar;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.ElectionPhase;

/**
 * What the public may know about the broadcast, for anonymous viewers: each station's cameras on air or why not,
 * the live counters, and watching a camera (a viewer's heartbeat, which publishes the camera on demand). It also
 * records: every camera the broadcast rules put on air is kept published (up to {@code pollcam.archive.max-cameras})
 * and every published segment goes to the footage archive, through the same publisher its viewers watch. Answers
 * that every page asks for (the counters, a camera's air state) are kept for a few seconds, so a crowd of viewers
 * costs the database a query per camera per few seconds, not one per heartbeat.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Broadcasts {

    private static final Logger LOG = Logger.getLogger(Broadcasts.class.getName());
    private static final Duration FRESH = Duration.ofSeconds(5);
    /** Heartbeats come every 10–15 s: a viewer counts until two of them are missed. */
    public static final Duration VIEWER_WINDOW = Duration.ofSeconds(35);
    private static final int MAX_VIEWERS_PER_CAMERA = 200_000;

    @Inject
    ElectionCalendar calendar;

    @Inject
    StationDirectory directory;

    @Inject
    AirQueries queries;

    @Inject
    PortalSettings settings;

    @Inject
    FootageArchive archive;

    @Resource
    ManagedThreadFactory threads;

    private OnDemandPublishing publishing;
    private static final Duration MAP_FRESH = Duration.ofMinutes(5);
    private volatile Board board;
    private final ReentrantLock boardRefresh = new ReentrantLock();
    private volatile PortalMap map;
    private final Map<Long, Cached> cameras = new ConcurrentHashMap<>();
    private final AtomicInteger warnedCut = new AtomicInteger();

    /** The counters, the stations on air and the cameras to record, as of {@code at}. */
    private record Board(Instant at, ElectionStatus election, Set<Long> stationsOnAir, Set<Long> stationsFaulty,
                         long camerasOnline, long camerasUnchecked, List<OnDemandPublishing.Source> recorded,
                         int recordable, Set<Long> answering) {
    }

    private record Cached(Instant at, CameraRow row, OffAir offAir) {
    }

    @PostConstruct
    void start() {
        publishing = new OnDemandPublishing(
                new JavaCvCameraPublisher(settings.liveDirectory(), archive.segments(), threads),
                new ViewerWindow(VIEWER_WINDOW, MAX_VIEWERS_PER_CAMERA), settings.maxCameras(),
                settings.idleAfter(), Duration.ofSeconds(10));
        try {
            Files.createDirectories(settings.liveDirectory());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot create " + settings.liveDirectory(), e);
        }
    }

    @PreDestroy
    void stopPublishing() {
        publishing.stopAll();
    }

    public Optional<StationAir> station(long stationId) {
        return directory.station(stationId).map(station -> {
            Optional<ElectionStatus> election = Optional.ofNullable(board().election());
            ElectionPhase phase = election.map(ElectionStatus::phase).orElse(null);
            boolean broadcast = election.map(e -> queries.broadcasts(e.id(), stationId)).orElse(false);
            Instant signed = election.flatMap(e -> queries.protocolSigned(e.id(), stationId)).orElse(null);
            List<CameraAir> air = queries.stationCameras(stationId).stream()
                    .map(row -> air(row, phase, broadcast, signed)).toList();
            return new StationAir(station, phase, broadcast, air);
        });
    }

    public PortalSummary summary() {
        Board current = board();
        return new PortalSummary(current.stationsOnAir().size(), current.camerasOnline(),
                current.camerasUnchecked(), publishing.viewers(Instant.now()));
    }

    /** The election as the portal last read it (a few seconds old at most). */
    public Optional<ElectionStatus> election() {
        return Optional.ofNullable(board().election());
    }

    public Set<Long> stationsOnAir() {
        return board().stationsOnAir();
    }

    /** Broadcasting stations with at least one camera off air for a fault (offline, frozen, black, covered). */
    public Set<Long> stationsWithFaults() {
        return board().stationsFaulty();
    }

    /**
     * The map: region outlines (hulls of their stations, computed once) and every station with cameras. The
     * registry is read again after {@code MAP_FRESH}, so stations added later appear.
     */
    public PortalMap map() {
        PortalMap current = map;
        if (current == null || current.at().plus(MAP_FRESH).isBefore(Instant.now())) {
            List<AirQueries.MapPoint> points = queries.mapPoints();
            Map<String, List<RegionOutlines.Point>> byRegion = new java.util.LinkedHashMap<>();
            points.forEach(p -> byRegion.computeIfAbsent(p.region(), r -> new java.util.ArrayList<>())
                    .add(new RegionOutlines.Point(p.longitude().doubleValue(), p.latitude().doubleValue())));
            current = new PortalMap(Instant.now(), RegionOutlines.of(byRegion),
                    points.stream().filter(p -> p.cameras() > 0).toList());
            map = current;
        }
        return current;
    }

    /** Outlines per region and the stations with cameras, as of {@code at}. */
    public record PortalMap(Instant at, Map<String, List<RegionOutlines.Point>> outlines,
                            List<AirQueries.MapPoint> stations) {
    }

    public int viewers(long cameraId) {
        return publishing.count(cameraId, Instant.now());
    }

    /** How many cameras are published now, and how many may be at once. */
    public record Capacity(int publishing, int maxCameras) {
    }

    public Capacity capacity() {
        return new Capacity(publishing.publishing(), publishing.maxCameras());
    }

    /**
     * A viewer's heartbeat: counts the viewer and, when the camera is on air, publishes it (or keeps it published).
     * Empty for an unknown camera.
     */
    public Optional<Watch> watch(long cameraId, String viewerId) {
        Cached camera = camera(cameraId);
        if (camera == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (camera.offAir() != null) {
            return Optional.of(new Watch(Watch.State.OFF_AIR, null, publishing.count(cameraId, now),
                    camera.offAir()));
        }
        CameraRow row = camera.row();
        return Optional.of(publishing.watch(new OnDemandPublishing.Source(cameraId, row.streamUrl(),
                row.privacyMask()), viewerId, now));
    }

    /** When supervision last wrote the camera's snapshot, if it did. */
    public Optional<Instant> snapshotTaken(long cameraId) {
        try {
            return Optional.of(Files.getLastModifiedTime(settings.snapshot(cameraId)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How many cameras are recorded into the archive now. */
    public int recording() {
        return publishing.recording();
    }

    /**
     * Every 10 s: keeps the cameras the recording plan names published (starting them, or restarting those whose
     * source failed), then stops publishing cameras nobody watches any more, or that went off air.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tendPublishers() {
        Board current = board();
        if (current.recorded().size() < current.recordable()
                && warnedCut.getAndSet(current.recordable()) != current.recordable()) {
            LOG.warning(() -> "recording " + current.recorded().size() + " of " + current.recordable()
                    + " cameras on air: pollcam.archive.max-cameras is " + settings.archiveMaxCameras());
        }
        List<Long> started = publishing.record(current.recorded(), current.answering(), Instant.now());
        if (!started.isEmpty()) {
            LOG.fine(() -> "recording started for " + started);
        }
        List<Long> stopped = publishing.reap(Instant.now(), id -> {
            Cached camera = camera(id);
            return camera == null || camera.offAir() != null;
        });
        if (!stopped.isEmpty()) {
            LOG.fine(() -> "stopped publishing " + stopped);
        }
    }

    private Cached camera(long cameraId) {
        Instant now = Instant.now();
        Cached cached = cameras.get(cameraId);
        if (cached != null && cached.at().plus(FRESH).isAfter(now)) {
            return cached;
        }
        Optional<CameraRow> row = queries.camera(cameraId);
        if (row.isEmpty()) {
            cameras.remove(cameraId);
            return null;
        }
        Optional<ElectionStatus> election = Optional.ofNullable(board().election());
        ElectionPhase phase = election.map(ElectionStatus::phase).orElse(null);
        long stationId = row.get().stationId();
        boolean broadcast = election.map(e -> queries.broadcasts(e.id(), stationId)).orElse(false);
        Instant signed = election.flatMap(e -> queries.protocolSigned(e.id(), stationId)).orElse(null);
        Cached fresh = new Cached(now, row.get(), air(row.get(), phase, broadcast, signed).offAir());
        cameras.put(cameraId, fresh);
        return fresh;
    }

    /**
     * The board, read again when older than {@code FRESH} by one caller while the others keep the one they have: a
     * crowd arriving as it expires costs one read, not one each.
     */
    private Board board() {
        Board current = board;
        if (current != null && current.at().plus(FRESH).isAfter(Instant.now())) {
            return current;
        }
        if (current != null && !boardRefresh.tryLock()) {
            return current;
        }
        if (current == null) {
            boardRefresh.lock();
        }
        try {
            current = board;
            if (current != null && current.at().plus(FRESH).isAfter(Instant.now())) {
                return current;
            }
            current = readBoard();
            board = current;
            return current;
        } finally {
            boardRefresh.unlock();
        }
    }

    private Board readBoard() {
        Instant now = Instant.now();
        ElectionStatus election = calendar.current().orElse(null);
        Set<Long> onAir = new HashSet<>();
        Set<Long> faulty = new HashSet<>();
        long online = 0, unchecked = 0;
        List<OnDemandPublishing.Source> recorded = List.of();
        int recordable = 0;
        Set<Long> answering = new HashSet<>();
        if (election != null) {
            Set<Long> signed = queries.signedStations(election.id());
            List<CameraRow> broadcast = queries.broadcastCameras(election.id());
            recorded = RecordingPlan.of(election.phase(), broadcast, signed, settings.archiveMaxCameras());
            recordable = RecordingPlan.wanted(election.phase(), broadcast, signed);
            for (CameraRow row : broadcast) {
                if (row.health() != null && row.health() != StreamHealth.OFFLINE) {
                    answering.add(row.id());
                }
                CameraAir air = air(row, election.phase(), true,
                        signed.contains(row.stationId()) ? Instant.EPOCH : null);
                if (air.offAir() != null && air.offAir().isFault()) {
                    faulty.add(row.stationId());
                }
                if (air.onAir()) {
                    onAir.add(row.stationId());
                    if (air.checked()) {
                        online++;
                    } else {
                        unchecked++;
                    }
                }
            }
        }
        return new Board(now, election, Set.copyOf(onAir), Set.copyOf(faulty), online, unchecked, recorded,
                recordable, Set.copyOf(answering));
    }

    /** {@code protocolSigned}: when the station's protocol was signed, null while it is not. */
    private static CameraAir air(CameraRow row, ElectionPhase phase, boolean broadcast, Instant protocolSigned) {
        OffAir offAir = AirRules.judge(phase, broadcast, protocolSigned != null, row.enabled(), row.health());
        return new CameraAir(row.id(), row.role(), offAir, row.health(),
                offAir == OffAir.PROTOCOL_SIGNED ? protocolSigned : row.since());
    }

    /** Forgets what was read, after a change the rules depend on (a protocol signed). */
    public void invalidate() {
        board = null;
        cameras.clear();
    }
}
