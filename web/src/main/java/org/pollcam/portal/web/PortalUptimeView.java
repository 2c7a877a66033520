package org.pollcam.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.boundary.PublicUptimes;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.supervision.entity.PublicOutage;
import org.pollcam.supervision.entity.PublicUptime;
import org.pollcam.supervision.entity.UptimeFigures;
import org.pollcam.supervision.entity.UptimeShare;
import org.pollcam.supervision.web.UptimeFormat;

/**
 * The public uptime page: how much of voting and of counting the cameras of each region and constituency were on
 * air, and the latest outages with their cause state. Before the polls open, or with no election, it says so instead
 * of showing empty tables. The figures come from {@link PublicUptimes}, kept a minute, so the page is cheap to open.
 */
@Named
@RequestScoped
public class PortalUptimeView {

    /** The page lists the newest outages; the API has all of them. */
    public static final int OUTAGES_SHOWN = 100;

    @Inject
    Broadcasts broadcasts;

    @Inject
    PublicUptimes uptimes;

    private Optional<ElectionStatus> election;
    private Optional<PublicUptime> uptime;
    private List<PublicOutage> latestOutages;

    public ElectionStatus getElection() {
        if (election == null) {
            election = broadcasts.election();
        }
        return election.orElse(null);
    }

    /** The election is registered but its polls have not opened: no figures yet. */
    public boolean isBeforeVoting() {
        ElectionStatus status = getElection();
        return status != null && (status.phase() == ElectionPhase.PREPARATION
                || getUptime() != null && !getUptime().started());
    }

    /** Null with no election and before the polls open. */
    public PublicUptime getUptime() {
        if (uptime == null) {
            ElectionStatus status = getElection();
            uptime = status == null || status.phase() == ElectionPhase.PREPARATION ? Optional.empty()
                    : uptimes.current();
        }
        return uptime.orElse(null);
    }

    public UptimeFigures getCountry() {
        return getUptime() == null ? null : getUptime().country();
    }

    public boolean isShowingFigures() {
        return getUptime() != null && getUptime().started();
    }

    /** The newest outages first, at most {@link #OUTAGES_SHOWN}. */
    public List<PublicOutage> getLatestOutages() {
        if (latestOutages == null) {
            PublicUptime figures = getUptime();
            latestOutages = figures == null ? List.of() : figures.outages().stream()
                    .sorted(Comparator.comparing(PublicOutage::start).reversed()).limit(OUTAGES_SHOWN).toList();
        }
        return latestOutages;
    }

    public int getOutagesShown() {
        return OUTAGES_SHOWN;
    }

    /** "97.5 %", or "not yet" in words while none of the window has passed (counting before the polls close). */
    public String percent(UptimeShare share) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (share.percent() == null) {
            return faces.getApplication().getResourceBundle(faces, "pm").getString("uptime.notYet");
        }
        return UptimeFormat.percent(share, faces.getViewRoot().getLocale());
    }

    public String time(Instant instant) {
        PublicUptime figures = getUptime();
        return UptimeFormat.time(instant, ZoneId.of(figures.timeZone()), figures.electionDay());
    }

    public String duration(long seconds) {
        return UptimeFormat.duration(seconds);
    }

    public long getMaxSilenceMinutes() {
        return getUptime() == null ? 0 : getUptime().maxSilenceSeconds() / 60;
    }

    /** When the polls open, in the election's time: "07:00, 07.12.2026". */
    public String getVotingOpens() {
        ElectionStatus status = getElection();
        return status == null ? "" : DateTimeFormatter.ofPattern("HH:mm, dd.MM.yyyy").format(status.votingOpens());
    }
}
