package org.pollcam.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcam.registry.RegistryValidator;

/** When the public sees the cameras: the phases of election day in the country's own time. */
class ElectionScheduleTest {

    private static final LocalDate ELECTION_DAY = LocalDate.of(2024, 2, 7);
    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    private static final String ORDER_MESSAGE =
            "voting must open before it closes, and counting and tabulation must follow in that order";

    private final Validator validator = RegistryValidator.get();

    @ParameterizedTest(name = "{0} day+{1} is {2}")
    @CsvSource({
        "00:00, 0, PREPARATION",
        "07:59, 0, PREPARATION",
        "08:00, 0, VOTING",
        "12:00, 0, VOTING",
        "18:59, 0, VOTING",
        "19:00, 0, COUNTING",
        "22:59, 0, COUNTING",
        "23:00, 0, TABULATION",
        "00:30, 1, TABULATION",
        "11:59, 1, TABULATION",
        "12:00, 1, CLOSED",
        "08:00, 2, CLOSED"})
    void statutoryDay(LocalTime time, int daysAfter, ElectionPhase expected) {
        ElectionSchedule schedule = ElectionSchedule.statutory(ELECTION_DAY);

        assertEquals(expected, schedule.phaseAt(ELECTION_DAY.plusDays(daysAfter).atTime(time)));
    }

    @Test
    void theDayBeforeIsPreparation() {
        assertEquals(ElectionPhase.PREPARATION,
                ElectionSchedule.statutory(ELECTION_DAY).phaseAt(ELECTION_DAY.minusDays(1).atTime(8, 0)));
    }

    @Test
    void eachPhaseStartsWhenTheOneBeforeEnds() {
        ElectionSchedule schedule = ElectionSchedule.statutory(ELECTION_DAY);

        assertNull(schedule.start(ElectionPhase.PREPARATION));
        assertEquals(ELECTION_DAY.atTime(8, 0), schedule.start(ElectionPhase.VOTING));
        assertEquals(ELECTION_DAY.atTime(19, 0), schedule.start(ElectionPhase.COUNTING));
        assertEquals(ELECTION_DAY.atTime(23, 0), schedule.start(ElectionPhase.TABULATION));
        assertEquals(ELECTION_DAY.plusDays(1).atTime(12, 0), schedule.start(ElectionPhase.CLOSED));
        for (ElectionPhase phase : List.of(ElectionPhase.VOTING, ElectionPhase.COUNTING, ElectionPhase.TABULATION,
                ElectionPhase.CLOSED)) {
            assertEquals(phase, schedule.phaseAt(schedule.start(phase)));
        }
    }

    @Test
    void thePublicWatchesOnlyDuringVotingAndCounting() {
        assertFalse(ElectionPhase.PREPARATION.isBroadcast());
        assertTrue(ElectionPhase.VOTING.isBroadcast());
        assertTrue(ElectionPhase.COUNTING.isBroadcast());
        assertFalse(ElectionPhase.TABULATION.isBroadcast());
        assertFalse(ElectionPhase.CLOSED.isBroadcast());
    }

    @Test
    void anElectionReadsTheClockInItsOwnZone() {
        Election election = new Election("Presidential election", ELECTION_DAY, BAKU,
                ElectionSchedule.statutory(ELECTION_DAY));

        assertEquals(ElectionPhase.PREPARATION, election.phaseAt(Instant.parse("2024-02-07T03:59:00Z")));
        assertEquals(ElectionPhase.VOTING, election.phaseAt(Instant.parse("2024-02-07T04:00:00Z")));
        assertEquals(ElectionPhase.VOTING, election.phaseAt(Instant.parse("2024-02-07T14:59:00Z")));
        assertEquals(ElectionPhase.COUNTING, election.phaseAt(Instant.parse("2024-02-07T15:00:00Z")));
        assertEquals(ElectionPhase.TABULATION, election.phaseAt(Instant.parse("2024-02-07T19:00:00Z")));
        assertEquals(ElectionPhase.CLOSED, election.phaseAt(Instant.parse("2024-02-08T08:00:00Z")));
        assertEquals(BAKU, election.getZone());
    }

    @Test
    void theSameInstantIsAnotherPhaseInAnotherZone() {
        Instant fourUtc = Instant.parse("2024-02-07T04:00:00Z");
        Election utc = new Election("Municipal election", ELECTION_DAY, ZoneId.of("UTC"),
                ElectionSchedule.statutory(ELECTION_DAY));

        assertEquals(ElectionPhase.PREPARATION, utc.phaseAt(fourUtc));
    }

    @Test
    void theStatutoryScheduleIsValid() {
        Election election = new Election("Presidential election", ELECTION_DAY, BAKU,
                ElectionSchedule.statutory(ELECTION_DAY));

        assertEquals(Set.of(), validator.validate(election));
    }

    @Test
    void votingThatClosesBeforeItOpensIsRefused() {
        LocalDateTime day = ELECTION_DAY.atStartOfDay();
        ElectionSchedule schedule = new ElectionSchedule(day.plusHours(19), day.plusHours(8), day.plusHours(23),
                day.plusHours(36));

        assertOrderViolation(schedule);
    }

    @Test
    void countingThatEndsBeforeThePollsCloseIsRefused() {
        LocalDateTime day = ELECTION_DAY.atStartOfDay();
        assertOrderViolation(new ElectionSchedule(day.plusHours(8), day.plusHours(19), day.plusHours(18),
                day.plusHours(36)));
    }

    @Test
    void tabulationThatEndsBeforeCountingIsRefused() {
        LocalDateTime day = ELECTION_DAY.atStartOfDay();
        assertOrderViolation(new ElectionSchedule(day.plusHours(8), day.plusHours(19), day.plusHours(23),
                day.plusHours(22)));
    }

    @Test
    void phasesOfNoLengthAreRefused() {
        LocalDateTime eight = ELECTION_DAY.atTime(8, 0);
        assertOrderViolation(new ElectionSchedule(eight, eight, eight.plusHours(15), eight.plusHours(28)));
    }

    @Test
    void aMissingTimeIsReportedAsMissingNotAsDisorder() {
        LocalDateTime day = ELECTION_DAY.atStartOfDay();
        ElectionSchedule schedule = new ElectionSchedule(day.plusHours(8), null, day.plusHours(23), day.plusHours(36));

        Set<ConstraintViolation<ElectionSchedule>> violations = validator.validate(schedule);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("votingCloses", violations.iterator().next().getPropertyPath().toString());
    }

    private void assertOrderViolation(ElectionSchedule schedule) {
        Election election = new Election("Presidential election", ELECTION_DAY, BAKU, schedule);

        Set<ConstraintViolation<Election>> violations = validator.validate(election);

        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<Election> violation = violations.iterator().next();
        assertEquals("schedule.inOrder", violation.getPropertyPath().toString());
        assertEquals(ORDER_MESSAGE, violation.getMessage());
    }
}
