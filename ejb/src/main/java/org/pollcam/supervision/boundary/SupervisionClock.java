package org.pollcam.supervision.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pollcam.shared.health.SupervisionPulse;
import org.pollcam.supervision.control.CameraCounts;
import org.pollcam.supervision.control.IncidentDesk;
import org.pollcam.supervision.control.ProbeDispatch;
import org.pollcam.supervision.control.SupervisionSettings;

/**
 * The supervision clock: every second it puts the checks due in that second on the probe queue, opens and resolves
 * incidents, and refreshes the per-state camera counts. A non-persistent EJB timer: after a restart supervision just
 * goes on, missed seconds are not replayed. Each step runs in its own transaction; a failing step is logged and the
 * next second tries again.
 */
@Singleton
@Startup
@DependsOn("DemoRegistry")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupervisionClock {

    private static final Logger LOG = Logger.getLogger(SupervisionClock.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SupervisionSettings settings;

    @Inject
    ProbeDispatch dispatch;

    @Inject
    IncidentDesk incidents;

    @Inject
    CameraCounts counts;

    @Inject
    SupervisionPulse pulse;

    private volatile Long election;
    private volatile Instant lastDispatch = Instant.EPOCH;

    @PostConstruct
    void start() {
        if (settings.enabled()) {
            timers.createIntervalTimer(1_000, 1_000, new TimerConfig("supervision clock", false));
        }
    }

    @Timeout
    void tick() {
        Instant now = Instant.now();
        long second = now.getEpochSecond();
        try {
            if (election == null || second % settings.interval().toSeconds() == 0) {
                election = dispatch.supervisedElection(now);
            }
            if (election != null && dispatch.dispatch(election, second) > 0) {
                lastDispatch = now;
            }
            pulse.expect(now.isBefore(lastDispatch.plus(settings.interval().multipliedBy(2))),
                    settings.interval().multipliedBy(3).plus(settings.probeDeadline()));
            incidents.sweep(now);
            if (second % 5 == 0) {
                counts.refresh();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Supervision tick failed; the next one retries", e);
        }
    }
}
