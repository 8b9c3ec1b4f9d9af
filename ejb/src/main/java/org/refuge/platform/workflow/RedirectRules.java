package org.refuge.platform.workflow;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.shared.SiteCode;

/**
 * Where the redirections in force send new tasks ({@link TaskRedirect}): read by the workflow as the engine creates a
 * task, in the transaction that creates it (without flushing the caller's pending changes). Checks no roles: it answers
 * the engine, not a user.
 */
@ApplicationScoped
public class RedirectRules {

    /**
     * The work a supervisor may redirect, by the form of its tasks: the medical screening of the arrival process (the
     * screening context's form {@code screening/medical}), offered to the medical staff. A BCP without a medical user
     * stops its families before allocation otherwise.
     */
    public static final String MEDICAL_SCREENING = "screening/medical";

    /** The role the redirected work is offered to. */
    public static final String MEDICAL_SCREENING_GROUP = org.refuge.platform.security.Roles.MEDICAL;

    @PersistenceContext
    EntityManager em;

    /** The site whose team takes new tasks of this form from {@code fromSite}, while a redirection is in force. */
    public Optional<SiteCode> targetOf(String formKey, SiteCode fromSite) {
        return em.createQuery("select r.toSite from TaskRedirect r where r.formKey = :form and r.fromSite = :site "
                        + "and r.liftedAt is null", String.class)
                .setParameter("form", formKey).setParameter("site", fromSite.value()).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().map(SiteCode::new);
    }
}
