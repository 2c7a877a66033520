package org.pollcam.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.pollcam.portal.control.FreshCopies;
import org.pollcam.portal.control.PortalSettings;
import org.pollcam.supervision.boundary.UptimeReports;
import org.pollcam.supervision.entity.PublicUptime;

/**
 * The uptime of the current election's cameras as the public sees it, for the portal's uptime page and its API. The
 * figures are the control center's ({@link UptimeReports#publicUptime}), computed in one pass over the day's timeline;
 * a copy is kept per election for {@code pollcam.portal.uptime-fresh} (a minute), so a crowd on election night costs
 * one computation a minute, and the page says as of when its figures are.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicUptimes {

    @Inject
    Broadcasts broadcasts;

    @Inject
    UptimeReports reports;

    @Inject
    PortalSettings settings;

    private FreshCopies<Long, PublicUptime> copies;

    @PostConstruct
    void start() {
        copies = new FreshCopies<>(settings.uptimeFresh(), Clock.systemUTC());
    }

    /** Empty when no election is registered. */
    public Optional<PublicUptime> current() {
        return broadcasts.election().flatMap(election -> copies.get(election.id(),
                () -> reports.publicUptime(election.id())));
    }
}
