package org.pollcam.registry.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.pollcam.registry.entity.CameraDraft;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.StationDraft;

/**
 * The CSV format of the station registry: one line per polling station, its cameras as one stream column per role
 * (empty: no camera in that role). Reading checks every line and reports each problem with its line and column;
 * a file with any problem yields no rows at all, so an import is all or nothing.
 */
public final class StationCsv {

    public static final String REGION = "region";
    public static final String CONSTITUENCY_NUMBER = "constituency_number";
    public static final String CONSTITUENCY_NAME = "constituency_name";
    public static final String STATION_NUMBER = "station_number";
    public static final String ADDRESS = "address";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String REGISTERED_VOTERS = "registered_voters";
    private static final Map<CameraRole, String> STREAM_COLUMNS = new EnumMap<>(Map.of(
            CameraRole.OVERVIEW, "overview_stream",
            CameraRole.BALLOT_BOX, "ballot_box_stream",
            CameraRole.COUNT_TABLE, "count_table_stream"));

    public static final List<String> HEADER = List.of(REGION, CONSTITUENCY_NUMBER, CONSTITUENCY_NAME, STATION_NUMBER,
            ADDRESS, LATITUDE, LONGITUDE, REGISTERED_VOTERS, STREAM_COLUMNS.get(CameraRole.OVERVIEW),
            STREAM_COLUMNS.get(CameraRole.BALLOT_BOX), STREAM_COLUMNS.get(CameraRole.COUNT_TABLE));

    /** Beyond this many, further problems are only counted: nobody reads 5,000 identical messages. */
    static final int MAX_PROBLEMS = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private static final Map<String, String> COLUMN_OF_PROPERTY = Map.of(
            "regionName", REGION,
            "constituencyName", CONSTITUENCY_NAME,
            "station.constituencyNumber", CONSTITUENCY_NUMBER,
            "station.number", STATION_NUMBER,
            "station.address", ADDRESS,
            "station.latitude", LATITUDE,
            "station.longitude", LONGITUDE,
            "station.registeredVoters", REGISTERED_VOTERS);

    private StationCsv() {
    }

    /** The rows of a file, or the problems that keep it from being imported. */
    public record Reading(List<StationRow> rows, List<CsvProblem> problems, long problemCount) {

        public boolean isAccepted() {
            return problemCount == 0;
        }
    }

    public static Reading read(Reader source, Validator validator) {
        Problems problems = new Problems();
        List<StationRow> rows = new ArrayList<>();
        CSVParser parser = null;
        try (CSVParser opened = FORMAT.parse(source)) {
            parser = opened;
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(1, null, "The file is empty; the first line must be the header: " + String.join(",", HEADER));
                return problems.reading(rows);
            }
            if (!checkHeader(records.next(), problems)) {
                return problems.reading(rows);
            }
            Map<String, Long> lineOfStation = new HashMap<>();
            Map<Integer, String[]> constituencyNamed = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != HEADER.size()) {
                    problems.add(line, null, "Expected " + HEADER.size() + " columns, found " + record.size());
                    continue;
                }
                parse(record, line, problems).ifPresent(row -> {
                    int before = problems.count();
                    validate(row, validator, problems);
                    if (problems.count() == before) {
                        checkAgainstEarlierLines(row, lineOfStation, constituencyNamed, problems);
                    }
                    rows.add(row);
                });
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problems.add(parser == null ? 1 : parser.getCurrentLineNumber(), null,
                    "The file is not readable CSV: " + cause.getMessage());
        }
        return problems.reading(rows);
    }

    public static void write(Appendable target, Iterable<StationRow> rows) {
        try (CSVPrinter printer = new CSVPrinter(target, FORMAT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(HEADER);
            for (StationRow row : rows) {
                StationDraft station = row.station();
                List<Object> values = new ArrayList<>(List.of(row.regionName(), station.getConstituencyNumber(),
                        row.constituencyName(), station.getNumber(), station.getAddress(),
                        station.getLatitude().toPlainString(), station.getLongitude().toPlainString(),
                        station.getRegisteredVoters()));
                for (CameraRole role : CameraRole.values()) {
                    values.add(station.getCameras().stream().filter(camera -> camera.getRole() == role)
                            .map(CameraDraft::getStreamUrl).findFirst().orElse(""));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean checkHeader(CSVRecord header, Problems problems) {
        List<String> found = new ArrayList<>(header.toList());
        if (!found.isEmpty()) {
            found.set(0, found.get(0).replace("\uFEFF", ""));
        }
        if (found.equals(HEADER)) {
            return true;
        }
        List<String> missing = HEADER.stream().filter(column -> !found.contains(column)).toList();
        List<String> unknown = found.stream().filter(column -> !HEADER.contains(column)).toList();
        problems.add(1, null, "The header must be: " + String.join(",", HEADER)
                + (missing.isEmpty() ? "" : "; missing: " + String.join(",", missing))
                + (unknown.isEmpty() ? "" : "; unknown: " + String.join(",", unknown)));
        return false;
    }

    private static Optional<StationRow> parse(CSVRecord record, long line, Problems problems) {
        int before = problems.count();
        StationDraft station = new StationDraft();
        station.setConstituencyNumber(number(record, CONSTITUENCY_NUMBER, line, problems, Integer::valueOf));
        station.setNumber(number(record, STATION_NUMBER, line, problems, Integer::valueOf));
        station.setAddress(record.get(ADDRESS_INDEX));
        station.setLatitude(number(record, LATITUDE, line, problems, BigDecimal::new));
        station.setLongitude(number(record, LONGITUDE, line, problems, BigDecimal::new));
        station.setRegisteredVoters(number(record, REGISTERED_VOTERS, line, problems, Integer::valueOf));
        STREAM_COLUMNS.forEach((role, column) -> {
            String stream = record.get(HEADER.indexOf(column));
            if (!stream.isEmpty()) {
                station.getCameras().add(new CameraDraft(role, stream));
            }
        });
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new StationRow(line, record.get(0), record.get(HEADER.indexOf(CONSTITUENCY_NAME)), station));
    }

    private static final int ADDRESS_INDEX = HEADER.indexOf(ADDRESS);

    private static <N> N number(CSVRecord record, String column, long line, Problems problems,
                                Function<String, N> parse) {
        String text = record.get(HEADER.indexOf(column));
        if (text.isEmpty()) {
            problems.add(line, column, "must not be empty");
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            problems.add(line, column, "'" + text + "' is not a number");
            return null;
        }
    }

    private static void validate(StationRow row, Validator validator, Problems problems) {
        for (ConstraintViolation<StationRow> violation : validator.validate(row)) {
            problems.add(row.line(), column(row, violation.getPropertyPath()), violation.getMessage());
        }
    }

    private static String column(StationRow row, Path path) {
        String property = path.toString();
        if (property.startsWith("station.cameras[")) {
            int index = Integer.parseInt(property.substring("station.cameras[".length(), property.indexOf(']')));
            return STREAM_COLUMNS.get(row.station().getCameras().get(index).getRole());
        }
        return COLUMN_OF_PROPERTY.getOrDefault(property, property);
    }

    private static void checkAgainstEarlierLines(StationRow row, Map<String, Long> lineOfStation,
                                                 Map<Integer, String[]> constituencyNamed, Problems problems) {
        StationDraft station = row.station();
        String code = station.getConstituencyNumber() + "-" + station.getNumber();
        Long earlier = lineOfStation.putIfAbsent(code, row.line());
        if (earlier != null) {
            problems.add(row.line(), STATION_NUMBER, "station " + code + " is already on line " + earlier);
        }
        String[] named = constituencyNamed.putIfAbsent(station.getConstituencyNumber(),
                new String[] {row.constituencyName(), row.regionName(), Long.toString(row.line())});
        if (named != null && !(named[0].equals(row.constituencyName()) && named[1].equals(row.regionName()))) {
            problems.add(row.line(), CONSTITUENCY_NAME, "constituency " + station.getConstituencyNumber()
                    + " is '" + named[0] + "' in region '" + named[1] + "' on line " + named[2]);
        }
    }

    /** Problems found so far: the first {@link #MAX_PROBLEMS} kept, all counted. */
    private static final class Problems {
        private final List<CsvProblem> kept = new ArrayList<>();
        private int count;

        void add(long line, String column, String message) {
            if (kept.size() < MAX_PROBLEMS) {
                kept.add(new CsvProblem(line, column, message));
            }
            count++;
        }

        int count() {
            return count;
        }

        Reading reading(List<StationRow> rows) {
            return count == 0 ? new Reading(rows, List.of(), 0) : new Reading(List.of(), List.copyOf(kept), count);
        }
    }

}
