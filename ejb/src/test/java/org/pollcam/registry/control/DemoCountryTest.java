package org.pollcam.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.pollcam.registry.RegistryValidator;
import org.pollcam.registry.entity.CameraDraft;
import org.pollcam.registry.entity.CameraRole;

/**
 * The demo country that development, demos and benchmarks rely on: its numbers are the ones the README and the
 * benchmarks quote, and it must import as is.
 */
class DemoCountryTest {

    private static final String STREAM_BASE = "http://127.0.0.1:8090/cameras";

    private final Validator validator = RegistryValidator.get();
    private final List<StationRow> rows = DemoCountry.stations(STREAM_BASE);

    @Test
    void hasFiftyFiveHundredStations() {
        assertEquals(5_500, rows.size());
    }

    @Test
    void hasConstituenciesOneToOneHundredTwentyFive() {
        Set<Integer> numbers = rows.stream().map(row -> row.station().getConstituencyNumber())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(IntStream.rangeClosed(1, 125).boxed().toList(), List.copyOf(numbers));
    }

    @Test
    void hasFourteenRegions() {
        assertEquals(14, rows.stream().map(StationRow::regionName).distinct().count());
        assertTrue(rows.stream().map(StationRow::regionName).anyMatch("Baku"::equals));
    }

    @Test
    void eachConstituencyHasOneNameInOneRegion() {
        Map<Integer, Set<String>> named = rows.stream().collect(Collectors.groupingBy(
                row -> row.station().getConstituencyNumber(),
                Collectors.mapping(row -> row.regionName() + " / " + row.constituencyName(), Collectors.toSet())));

        assertTrue(named.values().stream().allMatch(names -> names.size() == 1), named::toString);
        assertEquals(125, named.values().stream().flatMap(Set::stream).distinct().count(),
                "two constituencies share a name");
    }

    @Test
    void aThousandStationsHaveCameras() {
        assertEquals(1_000, rows.stream().filter(DemoCountryTest::hasCameras).count());
    }

    @Test
    void everyConstituencyCanBeWatched() {
        Set<Integer> watched = rows.stream().filter(DemoCountryTest::hasCameras)
                .map(row -> row.station().getConstituencyNumber()).collect(Collectors.toSet());

        assertEquals(125, watched.size());
    }

    @Test
    void aStationWithCamerasHasOneOrTwo() {
        Map<Integer, Long> stationsByCameraCount = rows.stream().filter(DemoCountryTest::hasCameras)
                .collect(Collectors.groupingBy(row -> row.station().getCameras().size(), TreeMap::new,
                        Collectors.counting()));

        assertEquals(Set.of(1, 2), stationsByCameraCount.keySet(), stationsByCameraCount::toString);
    }

    @Test
    void everyWatchedStationShowsItsRoomAndStreamsFromTheGivenBase() {
        for (StationRow row : rows) {
            String code = row.station().getConstituencyNumber() + "-" + row.station().getNumber();
            for (CameraDraft camera : row.station().getCameras()) {
                String role = camera.getRole().name().toLowerCase(java.util.Locale.ROOT);
                assertEquals(STREAM_BASE + "/" + code + "-" + role + "/index.m3u8", camera.getStreamUrl());
            }
            if (hasCameras(row)) {
                assertEquals(CameraRole.OVERVIEW, row.station().getCameras().get(0).getRole(), code);
            }
        }
    }

    @Test
    void stationNumbersRestartAtOneInEachConstituency() {
        Map<Integer, List<Integer>> numbers = rows.stream().collect(Collectors.groupingBy(
                row -> row.station().getConstituencyNumber(),
                Collectors.mapping(row -> row.station().getNumber(), Collectors.toList())));

        numbers.forEach((constituency, stations) -> assertEquals(
                IntStream.rangeClosed(1, stations.size()).boxed().toList(),
                stations.stream().sorted().toList(), () -> "constituency " + constituency));
        assertEquals(5_500, rows.stream()
                .map(row -> row.station().getConstituencyNumber() + "-" + row.station().getNumber()).distinct().count());
    }

    @Test
    void rowsAreNumberedAsTheLinesOfTheFile() {
        assertEquals(LongStream.rangeClosed(2, 5_501).boxed().toList(), rows.stream().map(StationRow::line).toList());
    }

    @Test
    void everyStationIsValid() {
        List<String> problems = rows.stream().flatMap(row -> validator.validate(row).stream()
                .map((ConstraintViolation<StationRow> violation) -> "line " + row.line() + ", "
                        + violation.getPropertyPath() + ": " + violation.getMessage())).toList();

        assertEquals(List.of(), problems);
    }

    @Test
    void theSameCountryEveryTime() {
        assertEquals(csv(rows), csv(DemoCountry.stations(STREAM_BASE)));
    }

    @Test
    void theCountryImportsAsItIsWritten() {
        String csv = csv(rows);

        long started = System.nanoTime();
        StationCsv.Reading reading = StationCsv.read(new StringReader(csv), validator);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("DemoCountryTest: read %,d stations (%,d bytes of CSV) in %d ms%n", reading.rows().size(),
                csv.length(), millis);

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(5_500, reading.rows().size());
        assertEquals(rows.stream().map(StationRowValues::of).toList(),
                reading.rows().stream().map(StationRowValues::of).toList());
        assertEquals(rows.stream().map(StationRow::line).toList(),
                reading.rows().stream().map(StationRow::line).toList());
    }

    private static boolean hasCameras(StationRow row) {
        return !row.station().getCameras().isEmpty();
    }

    private static String csv(List<StationRow> rows) {
        StringBuilder text = new StringBuilder();
        StationCsv.write(text, rows);
        return text.toString();
    }
}
