package org.pollcam.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * every station with cameras (or the first {@code pollcam.demo.broadcast-stations} of them). A registry that has
 * stations is never touched, except that {@code pollcam.demo.live=true} moves the latest election on every start so
 * that voting opened at the start of the current hour: a demo or test server always has polls open.
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

    @Inject
    @ConfigProperty(name = "pollcam.demo.live", defaultValue = "false")
    boolean live;

    @Inject
    @ConfigProperty(name = "pollcam.demo.broadcast-stations")
    Optional<Integer> broadcastStations;

    @PersistenceContext
    EntityManager em;

    @Inject
    StationImport stationImport;

    @PostConstruct
    void prepare() {
        if (demoData) {
            loadWhenEmpty();
        }
        if (live) {
            openPollsNow();
        }
    }

    private void loadWhenEmpty() {
        if (em.createQuery("select count(s) from PollingStation s", Long.class).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        StationImport.Outcome outcome = stationImport.apply(DemoCountry.stations(streamBase), done -> { });
        LocalDate day = electionDay.orElseGet(() -> LocalDate.now(BAKU));
        Election election = new Election("Presidential election " + day.getYear(), day, BAKU,
                ElectionSchedule.statutory(day));
        em.createQuery("select distinct s from PollingStation s join s.cameras order by s.id", PollingStation.class)
                .setMaxResults(broadcastStations.orElse(Integer.MAX_VALUE))
                .getResultStream().forEach(election::broadcastFrom);
        em.persist(election);
        LOG.info(() -> String.format("Demo registry loaded in %d ms: %d stations, %d cameras; %s on %s",
                (System.nanoTime() - start) / 1_000_000, outcome.created(), outcome.cameras(), election.getName(),
                day));
    }

    private void openPollsNow() {
        LocalDateTime opens = LocalDateTime.now(BAKU).truncatedTo(ChronoUnit.HOURS);
        em.createQuery("select e from Election e order by e.electionDay desc, e.id desc", Election.class)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(election -> election.reschedule(opens.toLocalDate(), ElectionSchedule.startingAt(opens)));
        LOG.info(() -> "Demo election is live: voting opened at " + opens + " Baku time");
    }
}
