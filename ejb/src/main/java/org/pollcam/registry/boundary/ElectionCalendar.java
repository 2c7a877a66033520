package org.pollcam.registry.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.pollcam.registry.entity.BroadcastCamera;
import org.pollcam.registry.entity.Election;
import org.pollcam.registry.entity.ElectionPhase;

/** The election the portal is about (the latest one) and the phase its day is in. Public. */
@Stateless
@PermitAll
public class ElectionCalendar {

    @PersistenceContext
    EntityManager em;

    public record ElectionStatus(long id, String name, LocalDate electionDay, String timeZone, ElectionPhase phase,
                                 LocalDateTime votingOpens, LocalDateTime votingCloses, LocalDateTime countingEnds,
                                 LocalDateTime tabulationEnds, long broadcastStations) {
    }

    public Optional<ElectionStatus> current() {
        return em.createQuery("select e from Election e order by e.electionDay desc, e.id desc", Election.class)
                .setMaxResults(1).getResultStream().findFirst().map(this::status);
    }

    public Optional<ElectionStatus> election(long id) {
        return Optional.ofNullable(em.find(Election.class, id)).map(this::status);
    }

    /** The enabled cameras of the election's broadcast stations, by region, constituency, station and role. */
    public List<BroadcastCamera> broadcastCameras(long electionId) {
        return em.createQuery("select new org.pollcam.registry.entity.BroadcastCamera(cam.id, cam.role, s.id,"
                        + " c.number, s.number, s.address, c.id, c.name, r.id, r.name) from Election e"
                        + " join e.broadcastStations s join s.cameras cam join s.constituency c join c.region r"
                        + " where e.id = :election and cam.enabled = true"
                        + " order by r.name, c.number, s.number, cam.role",
                BroadcastCamera.class).setParameter("election", electionId).getResultList();
    }

    private ElectionStatus status(Election election) {
        long broadcasting = em.createQuery("select count(s) from Election e join e.broadcastStations s"
                + " where e = :election", Long.class).setParameter("election", election).getSingleResult();
        var schedule = election.getSchedule();
        return new ElectionStatus(election.getId(), election.getName(), election.getElectionDay(),
                election.getZone().getId(), election.phaseAt(Instant.now()), schedule.getVotingOpens(),
                schedule.getVotingCloses(), schedule.getCountingEnds(), schedule.getTabulationEnds(), broadcasting);
    }
}
