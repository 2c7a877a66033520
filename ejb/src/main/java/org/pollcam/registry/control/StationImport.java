package org.pollcam.registry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.pollcam.registry.entity.Constituency;
import org.pollcam.registry.entity.PollingStation;
import org.pollcam.registry.entity.Region;

/**
 * Writes checked CSV rows into the registry in the caller's transaction: a row creates or updates the station with
 * its constituency's number and its own, regions and constituencies are created on first mention. Everything the
 * rows touch is read up front in three queries, so 5,500 rows cost no query per row.
 */
@Dependent
public class StationImport {

    /** How many rows pass between two progress reports. */
    static final int PROGRESS_STEP = 100;

    @PersistenceContext
    EntityManager em;

    public record Outcome(int created, int updated, int cameras) {
    }

    public Outcome apply(List<StationRow> rows, IntConsumer progress) {
        Map<String, Region> regions = new HashMap<>();
        em.createQuery("select r from Region r", Region.class).getResultList()
                .forEach(region -> regions.put(region.getName(), region));
        Map<Integer, Constituency> constituencies = new HashMap<>();
        em.createQuery("select c from Constituency c join fetch c.region", Constituency.class).getResultList()
                .forEach(constituency -> constituencies.put(constituency.getNumber(), constituency));
        Map<String, PollingStation> stations = new HashMap<>();
        em.createQuery("select distinct s from PollingStation s join fetch s.constituency"
                        + " left join fetch s.cameras", PollingStation.class).getResultList()
                .forEach(station -> stations.put(station.getCode().toString(), station));

        int created = 0;
        int cameras = 0;
        int done = 0;
        for (StationRow row : rows) {
            Region region = regions.computeIfAbsent(row.regionName(), this::persistRegion);
            Constituency constituency = constituencies.computeIfAbsent(row.station().getConstituencyNumber(),
                    number -> persist(new Constituency(number, row.constituencyName(), region)));
            if (constituency.getRegion() != region) {
                throw new ImportRejected(new CsvProblem(row.line(), StationCsv.REGION, "constituency "
                        + constituency.getNumber() + " belongs to region '" + constituency.getRegion().getName() + "'"));
            }
            constituency.rename(row.constituencyName());
            String code = row.station().getConstituencyNumber() + "-" + row.station().getNumber();
            PollingStation station = stations.get(code);
            boolean isNew = station == null;
            if (isNew) {
                station = new PollingStation(constituency, row.station().getNumber());
            }
            station.describe(row.station());
            station.equip(row.station().getCameras());
            if (isNew) {
                // Persisted once described: Hibernate inserts the state it sees at persist time.
                stations.put(code, persist(station));
                created++;
            }
            cameras += row.station().getCameras().size();
            if (++done % PROGRESS_STEP == 0) {
                progress.accept(done);
            }
        }
        em.flush();
        progress.accept(done);
        return new Outcome(created, rows.size() - created, cameras);
    }

    private Region persistRegion(String name) {
        return persist(new Region(name));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
