package org.pollcam.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pollcam.portal.boundary.Broadcasts;
import org.pollcam.portal.boundary.PublicUptimes;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.supervision.entity.OutageCause;
import org.pollcam.supervision.entity.PublicOutage;
import org.pollcam.supervision.entity.PublicUptime;
import org.pollcam.supervision.entity.UptimeFigures;

/**
 * What the public uptime page shows when: a message with no election or before the polls open (and no figures are
 * made then), the figures once voting runs, the newest outages first and no more than the page lists.
 */
class PortalUptimeViewTest {

    private static final Instant OPENS = Instant.parse("2026-12-07T04:00:00Z");

    private int computations;

    private PortalUptimeView view(ElectionPhase phase, Instant asOf, List<PublicOutage> outages) {
        PortalUptimeView view = new PortalUptimeView();
        ElectionStatus election = phase == null ? null : new ElectionStatus(5, "Parliament 2026",
                LocalDate.parse("2026-12-07"), "Asia/Baku", phase, LocalDateTime.parse("2026-12-07T08:00"),
                LocalDateTime.parse("2026-12-07T19:00"), LocalDateTime.parse("2026-12-07T23:00"),
                LocalDateTime.parse("2026-12-08T08:00"), 8);
        view.broadcasts = new Broadcasts() {
            @Override
            public Optional<ElectionStatus> election() {
                return Optional.ofNullable(election);
            }
        };
        view.uptimes = new PublicUptimes() {
            @Override
            public Optional<PublicUptime> current() {
                computations++;
                return Optional.of(new PublicUptime(5, "Parliament 2026", LocalDate.parse("2026-12-07"),
                        "Asia/Baku", OPENS, OPENS.plus(Duration.ofHours(11)), OPENS.plus(Duration.ofHours(15)), asOf,
                        180, UptimeFigures.NONE, List.of(), List.of(), outages));
            }
        };
        return view;
    }

    private static PublicOutage outage(int minute) {
        return new PublicOutage("Baku", "No. 1 Binagadi I", "1-" + minute, CameraRole.OVERVIEW,
                OPENS.plus(Duration.ofMinutes(minute)), OPENS.plus(Duration.ofMinutes(minute + 1)), 60,
                OutageCause.FROZEN, false);
    }

    @Test
    void withNoElectionThereAreNoFiguresAndNoTables() {
        PortalUptimeView view = view(null, OPENS, List.of());
        assertNull(view.getElection());
        assertFalse(view.isBeforeVoting());
        assertFalse(view.isShowingFigures());
        assertEquals(0, computations);
    }

    @Test
    void beforeThePollsOpenThePageSaysWhenTheyOpenAndComputesNothing() {
        PortalUptimeView view = view(ElectionPhase.PREPARATION, OPENS.minus(Duration.ofHours(1)), List.of());
        assertTrue(view.isBeforeVoting());
        assertFalse(view.isShowingFigures());
        assertEquals("08:00, 07.12.2026", view.getVotingOpens());
        assertEquals(0, computations);
    }

    @Test
    void figuresMadeAtTheOpeningMomentStillCountAsBeforeVoting() {
        PortalUptimeView view = view(ElectionPhase.VOTING, OPENS, List.of());
        assertTrue(view.isBeforeVoting());
        assertFalse(view.isShowingFigures());
    }

    @Test
    void duringVotingTheFiguresAreShownOnceComputedPerRequest() {
        PortalUptimeView view = view(ElectionPhase.VOTING, OPENS.plus(Duration.ofHours(2)), List.of(outage(3)));
        assertFalse(view.isBeforeVoting());
        assertTrue(view.isShowingFigures());
        assertEquals(List.of(outage(3)), view.getLatestOutages());
        view.getUptime();
        assertEquals(1, computations);
    }

    @Test
    void theNewestOutagesComeFirstUpToThePagesLimit() {
        List<PublicOutage> outages = new ArrayList<>();
        IntStream.range(0, PortalUptimeView.OUTAGES_SHOWN + 20).forEach(minute -> outages.add(outage(minute)));
        PortalUptimeView view = view(ElectionPhase.COUNTING, OPENS.plus(Duration.ofHours(12)), outages);
        List<PublicOutage> shown = view.getLatestOutages();
        assertEquals(PortalUptimeView.OUTAGES_SHOWN, shown.size());
        assertEquals(outage(PortalUptimeView.OUTAGES_SHOWN + 19), shown.get(0));
        assertEquals(outage(20), shown.get(shown.size() - 1));
    }
}
