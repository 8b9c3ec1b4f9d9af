package org.refuge.registration.infrastructure;

import org.refuge.shared.SiteCode;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The running number of a site's day. One upsert row per site and day that only grows, so a number is never reused.
 * It is drawn in a transaction of its own that ends at once: the row lock would otherwise hold every other desk of the
 * site until the registration's whole transaction (household, arrival process, audit) commits, one desk at a time
 * (measured: 4 desks waited on it in turn). A registration that fails after drawing its number leaves that number
 * unused.
 */
@ApplicationScoped
public class RegistryCounter {

    @PersistenceContext
    EntityManager em;

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public int next(SiteCode site, LocalDate day) {
        Number value = (Number) em.createNativeQuery("INSERT INTO registry_counter (site_code, day, last_value) VALUES (:site, :day, 1) "
                        + "ON CONFLICT (site_code, day) DO UPDATE SET last_value = registry_counter.last_value + 1 RETURNING last_value")
                .setParameter("site", site.value()).setParameter("day", day).getSingleResult();
        return value.intValue();
    }
}
