package org.pollcam.media.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A camera's address in the simulator, as the demo registry names cameras: the polling station code (constituency
 * number, station number within it) and the camera's role in the room, e.g. {@code 12-34-overview}. The name is what
 * the picture shows, so an operator can check that a stream is wired to the right station.
 */
public record CameraName(int constituency, int station, String role) {

    /** The two roles of the demo registry: the room overview and the ballot box / counting table. */
    public static final List<String> ROLES = List.of("overview", "ballot_box");

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})-(\\d{1,5})-([a-z][a-z0-9_]{0,31})");

    public CameraName {
        if (constituency < 0 || station < 0 || !role.matches("[a-z][a-z0-9_]{0,31}")) {
            throw new IllegalArgumentException("Not a camera name: " + constituency + "-" + station + "-" + role);
        }
    }

    /** Parses {@code <constituency>-<station>-<role>}. */
    public static CameraName parse(String name) {
        Matcher m = FORMAT.matcher(name.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a camera name (expected e.g. 12-34-overview): " + name);
        }
        return new CameraName(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    /**
     * The camera of a name exactly as {@link #toString()} writes it, empty for anything else: a lazy simulator
     * serves {@code 12-34-overview} but not {@code 012-34-overview} or {@code 12-34-Overview}, so one camera has one
     * address.
     */
    public static Optional<CameraName> canonical(String name) {
        if (name == null || !FORMAT.matcher(name).matches()) {
            return Optional.empty();
        }
        CameraName parsed = parse(name);
        return parsed.toString().equals(name) ? Optional.of(parsed) : Optional.empty();
    }

    /**
     * {@code count} demo names spread over the 125 constituencies like the demo registry: stations numbered within
     * their constituency, two cameras (overview, ballot box) per station.
     */
    public static List<CameraName> demo(int count) {
        List<CameraName> names = new ArrayList<>(count);
        for (int i = 0; names.size() < count; i++) {
            int stationIndex = i / ROLES.size();
            int constituency = stationIndex % 125 + 1;
            int station = stationIndex / 125 + 1;
            names.add(new CameraName(constituency, station, ROLES.get(i % ROLES.size())));
        }
        return names;
    }

    /** The polling station code shown on the picture, e.g. {@code 12-34}. */
    public String stationCode() {
        return constituency + "-" + station;
    }

    @Override
    public String toString() {
        return stationCode() + "-" + role;
    }
}
