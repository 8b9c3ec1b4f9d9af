package org.refuge.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.logging.Logger;

/**
 * Keeps reporting's summary (V48) small to read: every minute each figure's change rows are replaced by their sum
 * ({@code reporting_fold()}, one node at a time by an advisory lock, never blocking registrations), and households
 * whose protection ended by itself are counted again ({@code reporting_recheck()}). The figures are exact without it;
 * it only keeps the rows a figure sums few.
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
