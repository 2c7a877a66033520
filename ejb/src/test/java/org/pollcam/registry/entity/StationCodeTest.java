package org.pollcam.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How voters, observers and commissions write a station: its constituency's number, then its own. */
class StationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"12-34", "12/34", " 12 - 34 ", "12 /34"})
    void readsTheWaysCommissionsWriteAStation(String written) {
        assertEquals(Optional.of(new StationCode(12, 34)), StationCode.parse(written));
    }

    @Test
    void theConstituencyComesFirst() {
        StationCode code = StationCode.parse("12-34").orElseThrow();

        assertEquals(12, code.constituencyNumber());
        assertEquals(34, code.stationNumber());
        assertEquals(Optional.of(new StationCode(34, 12)), StationCode.parse("34-12"));
    }

    @Test
    void isShownWithAHyphen() {
        assertEquals("12-34", new StationCode(12, 34).toString());
        assertEquals("12-34", StationCode.parse("12/34").orElseThrow().toString());
        assertEquals("125-1", new StationCode(125, 1).toString());
    }

    @Test
    void leadingZerosAreTheSameStation() {
        assertEquals(Optional.of(new StationCode(7, 5)), StationCode.parse("007-0005"));
        assertEquals("7-5", StationCode.parse("007-0005").orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0-34", "12-0", "0/0", "-12-34", "12--34", "12-(-34)"})
    void numbersStartAtOne(String written) {
        assertEquals(Optional.empty(), StationCode.parse(written));
    }

    @Test
    void aCodeWithZeroOrNegativeNumbersCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new StationCode(0, 34));
        assertThrows(IllegalArgumentException.class, () -> new StationCode(12, 0));
        assertThrows(IllegalArgumentException.class, () -> new StationCode(-12, 34));
        assertThrows(IllegalArgumentException.class, () -> new StationCode(12, -34));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "12", "12-", "-34", "12-34-56", "12.34", "12 34", "12–34", "12-34a",
        "Nasimi 12-34", "1234-5", "12-12345", "12-3x"})
    void junkIsNotAStation(String written) {
        assertTrue(StationCode.parse(written).isEmpty(), () -> "'" + written + "' parsed");
    }
}
