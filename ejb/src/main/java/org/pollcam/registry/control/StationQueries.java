package org.pollcam.registry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcam.registry.entity.StationCode;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSort;
import org.pollcam.registry.entity.StationSummary;

/**
 * Pages, sorts, filters and counts polling stations in the database, so a list of 5,500 stations never loads more
 * than the page it shows.
 */
@Dependent
public class StationQueries {

    private static final String FROM = " from PollingStation s join s.constituency c join c.region r";

    @PersistenceContext
    EntityManager em;

    public List<StationSummary> list(StationFilter filter, StationSort sort, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select new org.pollcam.registry.entity.StationSummary(s.id, c.number, c.name, r.name,"
                + " s.number, s.address, s.latitude, s.longitude, s.registeredVoters, size(s.cameras))"
                + FROM + where(filter, parameters) + orderBy(sort);
        TypedQuery<StationSummary> query = em.createQuery(jpql, StationSummary.class)
                .setFirstResult(first).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public long count(StationFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(s)" + FROM + where(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(StationFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.regionId() != null) {
            where.append(" and r.id = :region");
            parameters.put("region", filter.regionId());
        }
        if (filter.constituencyNumber() != null) {
            where.append(" and c.number = :constituency");
            parameters.put("constituency", filter.constituencyNumber());
        }
        if (filter.hasText()) {
            String text = filter.text().strip();
            // locate() rather than like: no wildcards to escape, and H2 does not re-parse a pattern per row.
            where.append(" and (locate(:text, lower(s.address)) > 0 or locate(:text, lower(c.name)) > 0");
            parameters.put("text", text.toLowerCase(Locale.ROOT));
            StationCode.parse(text).ifPresent(code -> {
                where.append(" or (c.number = :codeConstituency and s.number = :codeStation)");
                parameters.put("codeConstituency", code.constituencyNumber());
                parameters.put("codeStation", code.stationNumber());
            });
            where.append(")");
        }
        return where.toString();
    }

    private static String orderBy(StationSort sort) {
        String direction = sort.descending() ? " desc" : " asc";
        String byCode = "c.number" + direction + ", s.number" + direction;
        return " order by " + switch (sort.field()) {
            case CODE -> byCode;
            case REGION -> "r.name" + direction + ", " + byCode;
            case CONSTITUENCY -> "c.name" + direction + ", " + byCode;
            case ADDRESS -> "s.address" + direction + ", s.id";
            case REGISTERED_VOTERS -> "s.registeredVoters" + direction + ", s.id";
        };
    }
}
