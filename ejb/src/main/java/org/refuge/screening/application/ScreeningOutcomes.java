package org.refuge.screening.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.screening.domain.EnquiryAnswer;
import org.refuge.screening.domain.SecurityCheck;

/**
 * What screening publishes to other contexts (protection first): the outcome of a household's security check, by the
 * check's own rule ({@link SecurityCheck#result()}), so that nobody copies it as SQL. Runs in the caller's
 * transaction; the caller states the roles and checks the site scope.
 */
@ApplicationScoped
public class ScreeningOutcomes {

    /** A household's security check: CLEAR (both enquiries clear), HIT (either hit), PENDING (not answered, or none yet). */
    public enum SecurityResult { CLEAR, HIT, PENDING }

    @PersistenceContext
    EntityManager em;

    public SecurityResult securityResult(UUID householdId) {
        return em.createQuery("select c from SecurityCheck c where c.householdId = :h", SecurityCheck.class)
                .setParameter("h", householdId).getResultStream().findFirst()
                .map(check -> check.result() == EnquiryAnswer.HIT ? SecurityResult.HIT
                        : check.result() == EnquiryAnswer.CLEAR ? SecurityResult.CLEAR : SecurityResult.PENDING)
                .orElse(SecurityResult.PENDING);
    }
}
