package org.pollcam.registry.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.pollcam.registry.control.CsvProblem;
import org.pollcam.registry.control.ImportJob;
import org.pollcam.registry.control.ImportJobs;
import org.pollcam.registry.control.ImportRejected;
import org.pollcam.registry.control.StationCsv;
import org.pollcam.registry.control.StationImport;
import org.pollcam.registry.control.StationRow;
import org.pollcam.registry.entity.PollingStation;
import org.pollcam.registry.entity.StationDraft;
import org.pollcam.security.Roles;

/**
 * CSV import and export of stations and cameras, for administrators. An import is all or nothing: every line is
 * checked first, and a single bad line leaves the registry as it was.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RegistryTransfer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    StationImport stationImport;

    @Inject
    ImportJobs jobs;

    @Resource
    SessionContext context;

    /** What an import did: the counts when imported, the problems (first 100 of {@code problemCount}) when not. */
    public record ImportResult(boolean imported, StationImport.Outcome outcome, List<CsvProblem> problems,
                               long problemCount) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportResult importCsv(byte[] csv) {
        StationCsv.Reading reading = read(csv);
        if (!reading.isAccepted()) {
            return new ImportResult(false, null, reading.problems(), reading.problemCount());
        }
        try {
            return new ImportResult(true, context.getBusinessObject(RegistryTransfer.class)
                    .applyInOwnTransaction(reading.rows(), done -> { }), List.of(), 0);
        } catch (ImportRejected e) {
            return new ImportResult(false, null, e.getProblems(), e.getProblems().size());
        }
    }

    /** Starts an import in the background and answers at once with the job the screen follows. */
    public ImportJob startImport(String fileName, byte[] csv) {
        ImportJob job = jobs.open(fileName);
        context.getBusinessObject(RegistryTransfer.class).runImport(job, csv);
        return job;
    }

    public Optional<ImportJob> importJob(String id) {
        return jobs.find(id);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runImport(ImportJob job, byte[] csv) {
        StationCsv.Reading reading = read(csv);
        if (!reading.isAccepted()) {
            job.rejected(reading.problems(), reading.problemCount());
            return;
        }
        job.importing(reading.rows().size());
        try {
            job.imported(context.getBusinessObject(RegistryTransfer.class)
                    .applyInOwnTransaction(reading.rows(), job::progressed));
        } catch (ImportRejected e) {
            job.rejected(e.getProblems(), e.getProblems().size());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StationImport.Outcome applyInOwnTransaction(List<StationRow> rows, IntConsumer progress) {
        return stationImport.apply(rows, progress);
    }

    /** Writes every station in the import format, ordered by constituency and station number. */
    public void exportCsv(Appendable target) {
        List<StationRow> rows = em.createQuery("select distinct s from PollingStation s join fetch s.constituency c"
                        + " join fetch c.region left join fetch s.cameras order by c.number, s.number",
                PollingStation.class).getResultStream()
                .map(station -> new StationRow(0, station.getConstituency().getRegion().getName(),
                        station.getConstituency().getName(), StationDraft.of(station)))
                .toList();
        StationCsv.write(target, rows);
    }

    private StationCsv.Reading read(byte[] csv) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            return StationCsv.read(reader, validator);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
