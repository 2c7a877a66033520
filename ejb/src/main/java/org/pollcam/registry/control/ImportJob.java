package org.pollcam.registry.control;

import java.time.Instant;
import java.util.List;

/**
 * A CSV import running in the background, watched by the import screen's progress bar. Lives in the memory of the
 * node that runs it; the import itself is one database transaction.
 */
public final class ImportJob {

    public enum State { CHECKING, IMPORTING, IMPORTED, REJECTED }

    private final String id;
    private final String fileName;
    private final Instant started = Instant.now();
    private volatile State state = State.CHECKING;
    private volatile int total;
    private volatile int processed;
    private volatile StationImport.Outcome outcome;
    private volatile List<CsvProblem> problems = List.of();
    private volatile long problemCount;

    public ImportJob(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public void importing(int total) {
        this.total = total;
        this.state = State.IMPORTING;
    }

    public void progressed(int processed) {
        this.processed = processed;
    }

    public void imported(StationImport.Outcome outcome) {
        this.outcome = outcome;
        this.processed = total;
        this.state = State.IMPORTED;
    }

    public void rejected(List<CsvProblem> problems, long problemCount) {
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        this.state = State.REJECTED;
    }

    public boolean isFinished() {
        return state == State.IMPORTED || state == State.REJECTED;
    }

    /** 0–100, as a progress bar wants it. */
    public int getPercent() {
        return switch (state) {
            case CHECKING -> 0;
            case IMPORTING -> total == 0 ? 0 : (int) (processed * 100L / total);
            case IMPORTED, REJECTED -> 100;
        };
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getStarted() {
        return started;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public StationImport.Outcome getOutcome() {
        return outcome;
    }

    public List<CsvProblem> getProblems() {
        return problems;
    }

    public long getProblemCount() {
        return problemCount;
    }
}
