package org.pollcam.registry.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A file that passed its own checks but contradicts the registry; the import's transaction is rolled back. */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    private final transient List<CsvProblem> problems;

    public ImportRejected(CsvProblem problem) {
        super(problem.toString());
        this.problems = List.of(problem);
    }

    public List<CsvProblem> getProblems() {
        return problems;
    }
}
