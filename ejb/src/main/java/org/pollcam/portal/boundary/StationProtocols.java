package org.pollcam.portal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.pollcam.portal.entity.StationProtocol;
import org.pollcam.registry.boundary.ElectionCalendar;
import org.pollcam.registry.boundary.ElectionCalendar.ElectionStatus;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.ElectionPhase;
import org.pollcam.security.Roles;

/**
 * Recording that a station's protocol has been signed, which ends its broadcast. The control center records it (or
 * the commission's systems through the API) once the count is done: a protocol cannot be signed before the polls
 * close, so the call is refused before counting. Recording twice keeps the first time.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class StationProtocols {

    public enum Outcome { RECORDED, ALREADY_RECORDED, NO_SUCH_STATION, NO_ELECTION, TOO_EARLY }

    @PersistenceContext
    EntityManager em;

    @Inject
    ElectionCalendar calendar;

    @Inject
    StationDirectory directory;

    @Inject
    Broadcasts broadcasts;

    @Resource
    SessionContext session;

    public Outcome sign(long stationId) {
        if (directory.station(stationId).isEmpty()) {
            return Outcome.NO_SUCH_STATION;
        }
        Optional<ElectionStatus> election = calendar.current();
        if (election.isEmpty()) {
            return Outcome.NO_ELECTION;
        }
        ElectionPhase phase = election.get().phase();
        if (phase == ElectionPhase.PREPARATION || phase == ElectionPhase.VOTING) {
            return Outcome.TOO_EARLY;
        }
        long electionId = election.get().id();
        if (em.find(StationProtocol.class, new StationProtocol.Key(electionId, stationId)) != null) {
            return Outcome.ALREADY_RECORDED;
        }
        em.persist(new StationProtocol(electionId, stationId, Instant.now(),
                session.getCallerPrincipal().getName()));
        em.flush();
        broadcasts.invalidate();
        return Outcome.RECORDED;
    }
}
