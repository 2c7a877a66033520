package org.pollcam.registry.control;

/** Why a line of an imported file was refused: the line (1 is the header), the column, and what is wrong. */
public record CsvProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
