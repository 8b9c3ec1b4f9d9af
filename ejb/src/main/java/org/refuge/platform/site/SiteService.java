package org.refuge.platform.site;

import org.refuge.shared.SiteCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;

/** Reference data of the border crossing points and camps: everyone reads it, the administrator maintains it. */
@Stateless
public class SiteService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<Site> all() {
        return em.createQuery("select s from Site s order by s.kind, s.name", Site.class).getResultList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<Site> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Site s where s.code in :codes order by s.name", Site.class)
                .setParameter("codes", codes).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Site create(@NotNull @Valid SiteForm form) {
        SiteCode code = SiteCode.of(form.getCode());
        if (find(code).isPresent()) {
            throw Refusal.conflict("code", "refuge.site.duplicate");
        }
        Site site = new Site(code, form.getKind(), form.getName(), form.getRegion(), Instant.now(clock));
        em.persist(site);
        audit.record(AuditAction.CREATE, "Site", code.value(), "reference data");
        return site;
    }

    @RolesAllowed(Roles.ADMIN)
    public Site update(@NotNull @Valid SiteForm form, boolean active) {
        SiteCode code = SiteCode.of(form.getCode());
        Site site = find(code).orElseThrow(Site::unknown);
        Instant now = Instant.now(clock);
        site.rename(form.getName(), form.getRegion(), now);
        if (active) site.activate(now); else site.deactivate(now);
        audit.record(AuditAction.UPDATE, "Site", code.value(), "reference data");
        return site;
    }

    private Optional<Site> find(SiteCode code) {
        return Optional.ofNullable(em.find(Site.class, code.value()));
    }
}
