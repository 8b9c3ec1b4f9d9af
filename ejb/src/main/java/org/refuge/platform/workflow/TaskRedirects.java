package org.refuge.platform.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteKind;
import org.refuge.platform.site.SiteService;
import org.refuge.shared.SiteCode;

/**
 * Supervisors redirect a border crossing point's medical screening to another site's medical team when the BCP has
 * nobody to do it: the open screening tasks of the BCP's families move to the other team's queue at once (a task somebody
 * held goes back to that queue), new ones follow while the redirection is in force ({@link RedirectRules}, read as the
 * engine creates each task), and lifting it brings back those nobody at the other site has taken yet. The tasks keep
 * their role (the medical staff); only the site whose staff sees them changes. Making and lifting are audited with the
 * number of tasks moved.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class TaskRedirects {

    /** The record type of a redirection in the audit trail. */
    public static final String AUDITED_AS = "TaskRedirect";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskBoard board;

    @Inject
    SiteService sites;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** One page of the redirections, those in force first, then the newest; only those in force with {@code inForceOnly}. */
    public Page<Redirection> list(boolean inForceOnly, @NotNull PageRequest request) {
        String where = inForceOnly ? " where r.liftedAt is null" : "";
        long total = em.createQuery("select count(r) from TaskRedirect r" + where, Long.class).getSingleResult();
        List<TaskRedirect> page = em.createQuery("select r from TaskRedirect r" + where
                        + " order by case when r.liftedAt is null then 0 else 1 end, r.createdAt desc, r.id", TaskRedirect.class)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(page.stream().map(redirect -> Redirection.of(redirect, null)).toList(), total, request);
    }

    /**
     * Redirects the medical screening of the BCP {@code fromSite} to the medical team of {@code toSite}: refused (400)
     * for a site that is unknown or the same, or a {@code fromSite} that is no border crossing point; (409) when the BCP's
     * screening is redirected already, or the other site sends its own elsewhere (nobody works there either).
     */
    public Redirection redirect(@NotNull @Valid RedirectForm form) {
        Site from = site("fromSite", form.getFromSite());
        Site to = site("toSite", form.getToSite());
        if (from.code().equals(to.code())) {
            throw Refusal.invalid("toSite", "refuge.task.redirect.sameSite");
        }
        if (from.kind() != SiteKind.BCP) {
            throw Refusal.invalid("fromSite", "refuge.task.redirect.notBcp", from.code());
        }
        inForce(from.code()).ifPresent(redirect -> {
            throw Refusal.conflict("fromSite", "refuge.task.redirect.inForce", from.code(), redirect.toSite())
                    .with("rule", "redirectInForce");
        });
        if (inForce(to.code()).isPresent()) {
            throw Refusal.conflict("toSite", "refuge.task.redirect.targetRedirected", to.code()).with("rule", "redirectTarget");
        }
        TaskRedirect redirect = new TaskRedirect(RedirectRules.MEDICAL_SCREENING, RedirectRules.MEDICAL_SCREENING_GROUP,
                from.code(), to.code(), Instant.now(clock), currentUser.username());
        try {
            em.persist(redirect);
            em.flush();
        } catch (PersistenceException madeAtTheSameMoment) {
            throw Refusal.conflict("fromSite", "refuge.task.redirect.inForce", from.code(), to.code()).with("rule", "redirectInForce");
        }
        int moved = board.redirect(redirect.formKey(), redirect.candidateGroup(), new SiteCode(from.code()), new SiteCode(to.code()));
        audit.record(AuditAction.CREATE, AUDITED_AS, redirect.id().toString(), "medical screening of " + from.code()
                + " redirected to " + to.code() + ", " + moved + " open tasks moved");
        return Redirection.of(redirect, moved);
    }

    /** Lifts a redirection (404 unknown, 409 lifted already): new tasks stay at their BCP, the waiting ones come back. */
    public Redirection lift(@NotNull UUID id) {
        TaskRedirect redirect = Optional.ofNullable(em.find(TaskRedirect.class, id))
                .orElseThrow(() -> Refusal.notFound("refuge.task.redirect.unknown"));
        redirect.lift(Instant.now(clock), currentUser.username());
        int back = board.returnRedirected(redirect.formKey(), redirect.candidateGroup(), new SiteCode(redirect.fromSite()),
                new SiteCode(redirect.toSite()));
        audit.record(AuditAction.UPDATE, AUDITED_AS, id.toString(), "redirection of the medical screening of "
                + redirect.fromSite() + " to " + redirect.toSite() + " lifted, " + back + " open tasks back");
        return Redirection.of(redirect, back);
    }

    private Optional<TaskRedirect> inForce(String fromSite) {
        return em.createQuery("select r from TaskRedirect r where r.formKey = :form and r.fromSite = :site and r.liftedAt is null",
                        TaskRedirect.class).setParameter("form", RedirectRules.MEDICAL_SCREENING).setParameter("site", fromSite)
                .getResultStream().findFirst();
    }

    /** The active site of a code as typed (400 when it is not a site code, or no active site has it). */
    private Site site(String field, String typed) {
        SiteCode code;
        try {
            code = SiteCode.of(typed);
        } catch (IllegalArgumentException notACode) {
            throw Refusal.invalid(field, "refuge.site.code.format");
        }
        return sites.byCodes(List.of(code.value())).stream().filter(Site::active).findFirst()
                .orElseThrow(() -> Refusal.invalid(field, Site.UNKNOWN));
    }
}
