package org.pollcam.registry.entity;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The phases of election day in the election's local time. Polls open at 08:00 and close at 19:00 by law; the count
 * follows, then constituencies and the CEC tabulate, which may run past midnight.
 */
@Embeddable
public class ElectionSchedule {

    @NotNull
    private LocalDateTime votingOpens;
    @NotNull
    private LocalDateTime votingCloses;
    @NotNull
    private LocalDateTime countingEnds;
    @NotNull
    private LocalDateTime tabulationEnds;

    protected ElectionSchedule() {
    }

    public ElectionSchedule(LocalDateTime votingOpens, LocalDateTime votingCloses, LocalDateTime countingEnds,
                            LocalDateTime tabulationEnds) {
        this.votingOpens = votingOpens;
        this.votingCloses = votingCloses;
        this.countingEnds = countingEnds;
        this.tabulationEnds = tabulationEnds;
    }

    /** The statutory day: voting 08:00–19:00, counting until 23:00, tabulation until noon the next day. */
    public static ElectionSchedule statutory(LocalDate day) {
        return startingAt(day.atTime(LocalTime.of(8, 0)));
    }

    /** The statutory phase lengths (11 h voting, 4 h counting, 13 h tabulation) from the given opening time. */
    public static ElectionSchedule startingAt(LocalDateTime votingOpens) {
        return new ElectionSchedule(votingOpens, votingOpens.plusHours(11), votingOpens.plusHours(15),
                votingOpens.plusHours(28));
    }

    public ElectionPhase phaseAt(LocalDateTime localTime) {
        if (localTime.isBefore(votingOpens)) {
            return ElectionPhase.PREPARATION;
        }
        if (localTime.isBefore(votingCloses)) {
            return ElectionPhase.VOTING;
        }
        if (localTime.isBefore(countingEnds)) {
            return ElectionPhase.COUNTING;
        }
        if (localTime.isBefore(tabulationEnds)) {
            return ElectionPhase.TABULATION;
        }
        return ElectionPhase.CLOSED;
    }

    /** When the given phase begins; preparation has no start of its own. */
    public LocalDateTime start(ElectionPhase phase) {
        return switch (phase) {
            case PREPARATION -> null;
            case VOTING -> votingOpens;
            case COUNTING -> votingCloses;
            case TABULATION -> countingEnds;
            case CLOSED -> tabulationEnds;
        };
    }

    @AssertTrue(message = "{pollcam.election.schedule.order}")
    public boolean isInOrder() {
        return votingOpens == null || votingCloses == null || countingEnds == null || tabulationEnds == null
                || votingOpens.isBefore(votingCloses) && votingCloses.isBefore(countingEnds)
                && countingEnds.isBefore(tabulationEnds);
    }

    public LocalDateTime getVotingOpens() {
        return votingOpens;
    }

    public LocalDateTime getVotingCloses() {
        return votingCloses;
    }

    public LocalDateTime getCountingEnds() {
        return countingEnds;
    }

    public LocalDateTime getTabulationEnds() {
        return tabulationEnds;
    }
}
