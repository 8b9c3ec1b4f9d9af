package org.refuge.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.logging.Logger;

/**
 * Keeps reporting's summary (V48, V50) small to read: every minute each figure's change rows are replaced by their sum
 * or added into their counted cells ({@code reporting_fold()}, one node at a time by an advisory lock, never blocking
 * registrations), each day that closed gets its kept UNHCR and temporary-protection tables, and households whose facts
 * change by themselves (a protection that starts or ends, a birthday that moves a person to another age group) are
 * counted again ({@code reporting_recheck()}). The figures are exact without it; it only keeps the rows a figure sums few.
 */
@Singleton
@PermitAll
public class SummaryFolding {

    private static final Logger LOG = Logger.getLogger(SummaryFolding.class);

    @PersistenceContext
    EntityManager em;

    @Schedule(second = "17", minute = "*", hour = "*", persistent = false)
    void fold() {
        try {
            em.createNativeQuery("SELECT reporting_fold()").getSingleResult();
            em.createNativeQuery("SELECT reporting_recheck()").getSingleResult();
        } catch (RuntimeException e) {
            LOG.warnf("Reporting's summary was not folded this minute (%s); the next minute tries again", e.getClass().getSimpleName());
            throw e;
        }
    }
}
