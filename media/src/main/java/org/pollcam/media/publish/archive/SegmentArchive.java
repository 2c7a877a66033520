package org.pollcam.media.publish.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps a camera's segments for the retention period (years for an election's recordings):
 * {@code <root>/<cameraId>/<yyyy-MM-dd>/<HH>/<start>-<segment>.ts}, with an {@code index.tsv} per hour holding one
 * line per segment: start instant, duration in milliseconds, file name. Hours are in {@code zone} (the commission's
 * local time, so a request for "station 12 at 14:00" maps to one folder).
 * <p>
 * A segment is hard-linked into the archive when the archive is on the same file system as the media directory (no
 * copy, and the live directory may delete its name), otherwise copied through a temporary file; its index line is
 * written only once the file is complete. Retention is run by the caller, with the time of the archive's clock.
 */
public final class SegmentArchive {

    public static final String INDEX = "index.tsv";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final Path root;
    private final ZoneId zone;
    private final Clock clock;

    public SegmentArchive(Path root, ZoneId zone, Clock clock) {
        this.root = root;
        this.zone = zone;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /** The folder of a camera's footage for the hour that contains {@code time}. */
    public Path hourDirectory(String cameraId, Instant time) {
        ZonedDateTime t = time.atZone(zone);
        return root.resolve(cameraId).resolve(DAY.format(t)).resolve(HOUR.format(t));
    }

    /** Archives a finished segment that started at {@code start}; returns its archived form. */
    public synchronized ArchivedSegment store(String cameraId, Path segment, Instant start, Duration duration)
            throws IOException {
        Path dir = hourDirectory(cameraId, start);
        Files.createDirectories(dir);
        String name = FILE_TIME.format(start.atZone(zone)) + "-" + segment.getFileName();
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            try {
                Files.createLink(target, segment);
            } catch (IOException | UnsupportedOperationException e) {
                Path tmp = dir.resolve(name + ".tmp");
                Files.copy(segment, tmp, StandardCopyOption.REPLACE_EXISTING);
                move(tmp, target);
            }
        }
        String line = start + "\t" + duration.toMillis() + "\t" + name + "\n";
        Files.writeString(dir.resolve(INDEX), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return new ArchivedSegment(target, start, duration);
    }

    /** The archived segments of a camera overlapping [from, to), in time order. */
    public List<ArchivedSegment> segments(String cameraId, Instant from, Instant to) throws IOException {
        List<ArchivedSegment> found = new ArrayList<>();
        // a segment listed in the previous hour may reach into this one
        Instant hour = from.atZone(zone).truncatedTo(ChronoUnit.HOURS).minusHours(1).toInstant();
        for (; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            for (ArchivedSegment s : readIndex(hourDirectory(cameraId, hour))) {
                if (s.overlaps(from, to)) {
                    found.add(s);
                }
            }
        }
        found.sort(Comparator.comparing(ArchivedSegment::start));
        return found;
    }

    /**
     * Deletes every camera's segments that ended more than {@code maxAge} before now (by the archive's clock): whole
     * hour folders when the hour is past, single segments (and their index lines) in the hour at the boundary.
     * Returns the number of segment files deleted.
     */
    public synchronized int deleteOlderThan(Duration maxAge) throws IOException {
        Instant cutoff = clock.instant().minus(maxAge);
        int deleted = 0;
        for (Path camera : list(root)) {
            for (Path day : list(camera)) {
                for (Path hourDir : list(day)) {
                    deleted += expire(hourDir, cutoff);
                }
                deleteIfEmpty(day);
            }
        }
        return deleted;
    }

    private int expire(Path hourDir, Instant cutoff) throws IOException {
        List<ArchivedSegment> segments = readIndex(hourDir);
        List<ArchivedSegment> kept = new ArrayList<>();
        int deleted = 0;
        for (ArchivedSegment s : segments) {
            if (s.end().isAfter(cutoff)) {
                kept.add(s);
            } else if (Files.deleteIfExists(s.file())) {
                deleted++;
            }
        }
        if (kept.size() == segments.size()) {
            return 0;
        }
        if (kept.isEmpty()) {
            try (Stream<Path> rest = Files.list(hourDir)) {
                for (Path p : rest.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(hourDir);
        } else {
            StringBuilder index = new StringBuilder();
            for (ArchivedSegment s : kept) {
                index.append(s.start()).append('\t').append(s.duration().toMillis()).append('\t')
                        .append(s.file().getFileName()).append('\n');
            }
            Path tmp = hourDir.resolve(INDEX + ".tmp");
            Files.writeString(tmp, index, StandardCharsets.UTF_8);
            move(tmp, hourDir.resolve(INDEX));
        }
        return deleted;
    }

    private static List<ArchivedSegment> readIndex(Path hourDir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(hourDir.resolve(INDEX), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<ArchivedSegment> segments = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                segments.add(new ArchivedSegment(hourDir.resolve(f[2]), Instant.parse(f[0]),
                        Duration.ofMillis(Long.parseLong(f[1]))));
            }
        }
        return segments;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The day folders of a camera (for listing what is kept). */
    public List<LocalDate> days(String cameraId) {
        try {
            return list(root.resolve(cameraId)).stream().map(p -> LocalDate.parse(p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
