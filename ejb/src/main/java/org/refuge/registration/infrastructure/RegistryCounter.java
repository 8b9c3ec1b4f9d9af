package org.refuge.registration.infrastructure;

import org.refuge.shared.SiteCode;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The running number of a site's day. One upsert row per site and day: it only grows, and the row lock it takes
 * orders concurrent registrations at one site until their transactions end.
 */
@ApplicationScoped
public class RegistryCounter {

    @PersistenceContext
    EntityManager em;

    public int next(SiteCode site, LocalDate day) {
        Number value = (Number) em.createNativeQuery("INSERT INTO registry_counter (site_code, day, last_value) VALUES (:site, :day, 1) "
                        + "ON CONFLICT (site_code, day) DO UPDATE SET last_value = registry_counter.last_value + 1 RETURNING last_value")
                .setParameter("site", site.value()).setParameter("day", day).getSingleResult();
        return value.intValue();
    }
}
