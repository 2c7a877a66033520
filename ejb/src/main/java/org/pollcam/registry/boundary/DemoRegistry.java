package org.pollcam.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pollcam.registry.control.DemoCountry;
import org.pollcam.registry.control.StationImport;
import org.pollcam.registry.entity.Election;
import org.pollcam.registry.entity.ElectionSchedule;
import org.pollcam.registry.entity.PollingStation;

/**
 * With {@code pollcam.demo-data=true}, fills an empty registry with the demo country (through the same path as a CSV
 * import) and an election whose day is {@code pollcam.demo.election-day} (default: today in Baku), broadcast from
 * every station with cameras. A registry that has stations is never touched.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoRegistry {

    private static final Logger LOG = Logger.getLogger(DemoRegistry.class.getName());
    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    @Inject
    @ConfigProperty(name = "pollcam.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "pollcam.demo.stream-base", defaultValue = "http://127.0.0.1:8090/cameras")
    String streamBase;

    @Inject
    @ConfigProperty(name = "pollcam.demo.election-day")
    Optional<LocalDate> electionDay;

    @PersistenceContext
    EntityManager em;

    @Inject
    StationImport stationImport;

    @PostConstruct
    void loadWhenEmpty() {
        if (!demoData || em.createQuery("select count(s) from PollingStation s", Long.class).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        StationImport.Outcome outcome = stationImport.apply(DemoCountry.stations(streamBase), done -> { });
        LocalDate day = electionDay.orElseGet(() -> LocalDate.now(BAKU));
        Election election = new Election("Presidential election " + day.getYear(), day, BAKU,
                ElectionSchedule.statutory(day));
        em.createQuery("select distinct s from PollingStation s join s.cameras", PollingStation.class)
                .getResultStream().forEach(election::broadcastFrom);
        em.persist(election);
        LOG.info(() -> String.format("Demo registry loaded in %d ms: %d stations, %d cameras; %s on %s",
                (System.nanoTime() - start) / 1_000_000, outcome.created(), outcome.cameras(), election.getName(),
                day));
    }
}
