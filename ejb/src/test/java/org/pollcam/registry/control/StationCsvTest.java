package org.pollcam.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pollcam.registry.RegistryValidator;
import org.pollcam.registry.entity.CameraDraft;
import org.pollcam.registry.entity.StationDraft;

/**
 * Reading the registry's CSV file, the core of the import: every line is checked, each problem names its line and
 * column so the administrator can fix the file, and a file with any problem yields no station at all.
 */
class StationCsvTest {

    private static final String HEADER = "region,constituency_number,constituency_name,station_number,address,"
            + "latitude,longitude,registered_voters,overview_stream,ballot_box_stream,count_table_stream";
    private static final String NASIMI_34 = "Baku,12,Nasimi I,34,\"School No. 132, 12 Fuzuli street, Nasimi\","
            + "40.377000,49.842000,1250,,rtsp://10.12.34.2/ballot_box,";
    private static final String NASIMI_35 = "Baku,12,Nasimi I,35,Central library,40.380100,49.850000,800,,,";
    private static final String NASIMI_36 = "Baku,12,Nasimi I,36,Youth centre,40.39,49.86,900,"
            + "http://cams.example.az/12-36-overview,https://cams.example.az/12-36-ballot_box,"
            + "srt://cams.example.az:9000/12-36-count_table";
    private static final String SHAKI_1 = "Shaki-Zagatala,73,Shaki I,1,\"Culture house, 5 Vagif street, Shaki\","
            + "41.191000,47.170000,640,rtsp://10.73.1.1/overview,,";

    private final Validator validator = RegistryValidator.get();

    @Test
    void aGoodFileGivesOneRowPerStation() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35, NASIMI_36, SHAKI_1);

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(List.of(), reading.problems());
        assertEquals(0, reading.problemCount());
        assertEquals(4, reading.rows().size());

        StationRow first = reading.rows().get(0);
        assertEquals(2, first.line());
        assertEquals("Baku", first.regionName());
        assertEquals("Nasimi I", first.constituencyName());
        StationDraft station = first.station();
        assertEquals(12, station.getConstituencyNumber());
        assertEquals(34, station.getNumber());
        assertEquals("School No. 132, 12 Fuzuli street, Nasimi", station.getAddress());
        assertEquals(new BigDecimal("40.377000"), station.getLatitude());
        assertEquals(new BigDecimal("49.842000"), station.getLongitude());
        assertEquals(1250, station.getRegisteredVoters());

        assertEquals(List.of(2L, 3L, 4L, 5L), reading.rows().stream().map(StationRow::line).toList());
        assertEquals("Shaki-Zagatala | 73 Shaki I | station 1 | Culture house, 5 Vagif street, Shaki | 41.191000"
                + " | 47.170000 | 640 voters | [OVERVIEW=rtsp://10.73.1.1/overview]",
                StationRowValues.of(reading.rows().get(3)));
    }

    @Test
    void eachFilledStreamColumnIsACameraInThatRole() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35, NASIMI_36);

        assertEquals(List.of("BALLOT_BOX=rtsp://10.12.34.2/ballot_box"), cameras(reading.rows().get(0)));
        assertEquals(List.of(), cameras(reading.rows().get(1)));
        assertEquals(List.of("OVERVIEW=http://cams.example.az/12-36-overview",
                "BALLOT_BOX=https://cams.example.az/12-36-ballot_box",
                "COUNT_TABLE=srt://cams.example.az:9000/12-36-count_table"), cameras(reading.rows().get(2)));
        assertTrue(reading.rows().get(2).station().getCameras().stream().allMatch(CameraDraft::isEnabled));
    }

    @Test
    void spacesAroundValuesAreIgnored() {
        StationCsv.Reading reading = read(HEADER,
                "Baku , 12 , Nasimi I , 35 , Central library , 40.380100 , 49.850000 , 800 , , , ");

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals("Baku | 12 Nasimi I | station 35 | Central library | 40.380100 | 49.850000 | 800 voters | []",
                StationRowValues.of(reading.rows().get(0)));
    }

    @Test
    void aLatitudeThatIsNotANumberRefusesTheWholeFile() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.replace("40.380100", "abc"), NASIMI_36);

        assertRefusedFor(reading, new Expected(3, "latitude", "'abc' is not a number"));
    }

    @Test
    void aMissingAddressRefusesTheWholeFile() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35, NASIMI_36.replace("Youth centre", ""));

        assertRefusedFor(reading, new Expected(4, "address", "must not be blank"));
    }

    @Test
    void anEmptyNumberIsReportedAsMissing() {
        StationCsv.Reading reading = read(HEADER, NASIMI_35.replace(",800,", ",,"));

        assertRefusedFor(reading, new Expected(2, "registered_voters", "must not be empty"));
    }

    @Test
    void aRuleOfTheStationIsReportedInItsColumn() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.replace("40.380100", "91"),
                NASIMI_36.replace(",900,", ",-3,"), SHAKI_1.replace("Shaki-Zagatala", ""));

        assertRefusedFor(reading,
                new Expected(3, "latitude", "must be less than or equal to 90"),
                new Expected(4, "registered_voters", "must be greater than or equal to 0"),
                new Expected(5, "region", "must not be blank"));
    }

    @Test
    void aBadStreamIsReportedInTheColumnOfItsRole() {
        StationCsv.Reading reading = read(HEADER, NASIMI_36.replace("https://cams.example.az/12-36-ballot_box",
                "ftp://x"));

        assertRefusedFor(reading, new Expected(2, "ballot_box_stream",
                "must be a stream address starting with rtsp://, rtsps://, http://, https://, srt://, udp:// or"
                        + " rtmp://"));
    }

    @Test
    void aWrongHeaderIsReportedOnLineOneWithWhatIsMissingAndUnknown() {
        String header = HEADER.replace("constituency_number", "constituency").replace(",count_table_stream", "");

        StationCsv.Reading reading = read(header, NASIMI_35);

        assertFalse(reading.isAccepted());
        assertEquals(List.of(), reading.rows());
        assertEquals(1, reading.problemCount());
        CsvProblem problem = reading.problems().get(0);
        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("missing: constituency_number,count_table_stream"), problem::message);
        assertTrue(problem.message().contains("unknown: constituency"), problem::message);
        assertTrue(problem.message().contains(HEADER), problem::message);
    }

    @Test
    void anEmptyFileIsRefusedOnLineOne() {
        StationCsv.Reading reading = StationCsv.read(new StringReader(""), validator);

        assertFalse(reading.isAccepted());
        assertEquals(1, reading.problems().get(0).line());
        assertTrue(reading.problems().get(0).message().contains(HEADER), reading.problems()::toString);
    }

    @Test
    void aStationTwiceIsReportedOnTheLaterLineNamingTheEarlier() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35,
                NASIMI_36.replace(",36,", ",34,").replace("Youth centre", "Another school"));

        assertRefusedFor(reading, new Expected(4, "station_number", "station 12-34 is already on line 2"));
    }

    @Test
    void theSameStationNumberInAnotherConstituencyIsAnotherStation() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, SHAKI_1.replace(",1,", ",34,"));

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(2, reading.rows().size());
    }

    @Test
    void aConstituencyNumberWithTwoNamesIsReported() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.replace("Nasimi I", "Nasimi II"));

        assertRefusedFor(reading,
                new Expected(3, "constituency_name", "constituency 12 is 'Nasimi I' in region 'Baku' on line 2"));
    }

    @Test
    void aConstituencyNumberInTwoRegionsIsReported() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.replace("Baku", "Absheron-Khizi"));

        assertRefusedFor(reading,
                new Expected(3, "constituency_name", "constituency 12 is 'Nasimi I' in region 'Baku' on line 2"));
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsReported() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.substring(0, NASIMI_35.length() - 1),
                NASIMI_36 + ",");

        assertRefusedFor(reading,
                new Expected(3, null, "Expected 11 columns, found 10"),
                new Expected(4, null, "Expected 11 columns, found 12"));
    }

    @Test
    void everyProblemIsCountedButOnlyTheFirstHundredAreListed() {
        List<String> lines = new java.util.ArrayList<>(List.of(HEADER));
        IntStream.rangeClosed(1, 150).forEach(number -> lines.add(
                "Baku,12,Nasimi I," + number + ",School No. " + number + ",north,49.842000,1250,,,"));

        StationCsv.Reading reading = read(lines.toArray(String[]::new));

        assertFalse(reading.isAccepted());
        assertEquals(List.of(), reading.rows());
        assertEquals(150, reading.problemCount());
        assertEquals(100, reading.problems().size());
        assertEquals(2, reading.problems().get(0).line());
        assertEquals(101, reading.problems().get(99).line());
        assertTrue(reading.problems().stream().allMatch(problem -> "latitude".equals(problem.column())));
    }

    @Test
    void emptyLinesAreSkippedAndLinesKeepTheirNumbers() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, "", NASIMI_35, "", "", NASIMI_36.replace("40.39",
                "ninety"), "");

        assertRefusedFor(reading, new Expected(7, "latitude", "'ninety' is not a number"));
    }

    @Test
    void emptyLinesDoNotCountAsStations() {
        StationCsv.Reading reading = read(HEADER, "", NASIMI_34, "", NASIMI_35, "", "");

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(List.of(3L, 5L), reading.rows().stream().map(StationRow::line).toList());
    }

    @Test
    void windowsLineEndsAreAccepted() {
        StationCsv.Reading reading = StationCsv.read(new StringReader(
                String.join("\r\n", HEADER, NASIMI_34, NASIMI_35) + "\r\n"), validator);

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(2, reading.rows().size());
        assertEquals("Central library", reading.rows().get(1).station().getAddress());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() {
        StationCsv.Reading reading = read("\uFEFF" + HEADER, NASIMI_34, NASIMI_35);

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(2, reading.rows().size());
        assertEquals("Baku", reading.rows().get(0).regionName());
    }

    @Test
    void anAddressOnTwoLinesIsOneStation() {
        StationCsv.Reading reading = read(HEADER, NASIMI_35.replace("Central library", "\"Central library\nNasimi\""),
                NASIMI_36);

        assertTrue(reading.isAccepted(), reading.problems()::toString);
        assertEquals(2, reading.rows().size());
        assertEquals("Central library\nNasimi", reading.rows().get(0).station().getAddress());
    }

    @Test
    void aStrayQuoteRefusesTheFileAndPointsToItsLine() {
        StationCsv.Reading reading = read(HEADER, NASIMI_34, NASIMI_35.replace("Nasimi I", "\"Nasimi\" I"),
                NASIMI_36);

        assertFalse(reading.isAccepted());
        assertEquals(List.of(), reading.rows());
        assertEquals(1, reading.problemCount());
        CsvProblem problem = reading.problems().get(0);
        assertTrue(problem.line() == 3 || problem.message().contains("line: 3"), problem::toString);
    }

    @Test
    void writtenRowsReadBackWithTheSameValues() {
        List<StationRow> rows = read(HEADER, NASIMI_34, NASIMI_35, NASIMI_36, SHAKI_1).rows();
        StringBuilder written = new StringBuilder();

        StationCsv.write(written, rows);
        StationCsv.Reading again = StationCsv.read(new StringReader(written.toString()), validator);

        assertTrue(again.isAccepted(), again.problems()::toString);
        assertEquals(values(rows), values(again.rows()));
    }

    @Test
    void aWrittenFileIsTheFileAnAdministratorWouldWrite() {
        StringBuilder written = new StringBuilder();

        StationCsv.write(written, read(HEADER, NASIMI_34, NASIMI_35, NASIMI_36, SHAKI_1).rows());

        assertEquals(String.join("\n", HEADER, NASIMI_34, NASIMI_35, NASIMI_36, SHAKI_1) + "\n", written.toString());
    }

    @Test
    void writingKeepsQuotesAndCommasInAddresses() {
        StationDraft station = read(HEADER, NASIMI_35).rows().get(0).station();
        station.setAddress("\"Gənclik\" youth centre, 3 Natavan street");
        List<StationRow> rows = List.of(new StationRow(0, "Baku", "Nasimi I", station));
        StringBuilder written = new StringBuilder();

        StationCsv.write(written, rows);
        StationCsv.Reading again = StationCsv.read(new StringReader(written.toString()), validator);

        assertTrue(again.isAccepted(), again.problems()::toString);
        assertEquals("\"Gənclik\" youth centre, 3 Natavan street", again.rows().get(0).station().getAddress());
    }

    private StationCsv.Reading read(String... lines) {
        return StationCsv.read(new StringReader(String.join("\n", lines) + "\n"), validator);
    }

    private static List<String> cameras(StationRow row) {
        return row.station().getCameras().stream().map(camera -> camera.getRole() + "=" + camera.getStreamUrl())
                .toList();
    }

    private static List<String> values(List<StationRow> rows) {
        return rows.stream().map(StationRowValues::of).toList();
    }

    private record Expected(long line, String column, String message) {
    }

    private static void assertRefusedFor(StationCsv.Reading reading, Expected... expected) {
        String found = reading.problems().stream().map(CsvProblem::toString).collect(Collectors.joining("\n"));
        assertFalse(reading.isAccepted(), "accepted");
        assertEquals(List.of(), reading.rows(), "a refused file gives no rows");
        assertEquals(List.of(expected), reading.problems().stream()
                .map(problem -> new Expected(problem.line(), problem.column(), problem.message())).toList(), found);
        assertEquals(expected.length, reading.problemCount(), found);
    }
}
