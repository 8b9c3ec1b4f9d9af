package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.Entitlement;
import org.refuge.assistance.domain.EntitlementTerms;
import org.refuge.assistance.domain.EntitlementVersion;
import org.refuge.assistance.domain.Partner;
import org.refuge.assistance.domain.Per;
import org.refuge.assistance.domain.Period;
import org.refuge.assistance.domain.SizeBands;
import org.refuge.assistance.domain.Stage;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.Entitlements;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.SiteService;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.shared.SiteCode;

/**
 * Entitlements as data: who is entitled to which item, how much and how often, from which partner. Supervisors and
 * the administrator keep the rules; every assistance role reads them. A change never overwrites a rule: it closes the
 * current version the day the new one begins, so "what was the rule on 3 March" is answered by {@link #inForce}.
 * Every name a rule carries (item, partner, site, specific-need category) must exist and, for items and partners,
 * be active (400 otherwise).
 */
@Stateless
public class EntitlementService {

    @Inject
    Entitlements entitlements;

    @Inject
    Catalogue catalogue;

    @Inject
    SiteService sites;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** One version of a rule as read; {@code latest} when no later version exists. */
    public record VersionRow(UUID id, String code, int number, boolean latest, String itemCode, Per per, BigDecimal quantity,
                             List<SizeBands.Band> bands, Period period, Integer months, Stage stage, String siteCode,
                             String needCategory, String ageGroup, String partnerCode, LocalDate validFrom, LocalDate validTo,
                             Instant recordedAt, String recordedBy) {
    }

    /** A rule with every version, oldest first. */
    public record History(UUID id, String code, List<VersionRow> versions) {
    }

    /** The rules in force on that day, one version each, by code. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
    public List<VersionRow> inForce(@NotNull LocalDate day) {
        return entitlements.inForce(day).stream().map(v -> row(v, v.number() == v.entitlement().latest().number())).toList();
    }

    /** Every rule's latest version, in force or not (not begun yet, or ended), by code. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
    public List<VersionRow> latest() {
        return entitlements.latest().stream().map(v -> row(v, true)).toList();
    }

    /** A rule and all its versions (404 for an id no rule has). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
    public History history(@NotNull UUID id) {
        return history(entitlements.find(id).orElseThrow(Entitlement::unknown));
    }

    /** A new rule with its first version; its code is required and unique (400, 409). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public History create(@NotNull @Valid EntitlementForm form) {
        if (form.getCode() == null || form.getCode().isBlank()) {
            throw Refusal.invalid("code", "refuge.assistance.code.required");
        }
        String code = CatalogueService.code(form.getCode());
        if (entitlements.codeTaken(code)) {
            throw Refusal.conflict("code", "refuge.entitlement.duplicate", code);
        }
        Entitlement rule = Entitlement.create(code, terms(form), Instant.now(clock), currentUser.username());
        entitlements.add(rule);
        audit.record(AuditAction.CREATE, "Entitlement", code, "entitlement rule");
        return history(rule);
    }

    /**
     * The rule's next version, from {@code validFrom} (not before the current version began, 400); the current one is
     * closed that day. 409 when {@code basedOnVersion} is given and another version was added since.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public History revise(@NotNull UUID id, @NotNull @Valid EntitlementForm form) {
        Entitlement rule = entitlements.locked(id).orElseThrow(Entitlement::unknown);
        EntitlementVersion next = rule.revise(terms(form), form.getBasedOnVersion(), Instant.now(clock), currentUser.username());
        entitlements.add(next);
        audit.record(AuditAction.UPDATE, "Entitlement", rule.code(), "entitlement rule version " + next.number());
        return history(rule);
    }

    private EntitlementTerms terms(EntitlementForm form) {
        AssistanceItem item = catalogue.item(CatalogueService.code(form.getItemCode())).filter(AssistanceItem::active)
                .orElseThrow(() -> Refusal.invalid("itemCode", "refuge.entitlement.item"));
        Partner partner = catalogue.partner(CatalogueService.code(form.getPartnerCode())).filter(Partner::active)
                .orElseThrow(() -> Refusal.invalid("partnerCode", "refuge.entitlement.partner"));
        String site = blankToNull(form.getSiteCode());
        if (site != null) {
            site = SiteCode.of(site).value();
            if (sites.byCodes(List.of(site)).isEmpty()) {
                throw Refusal.invalid("siteCode", "refuge.entitlement.site");
            }
        }
        String need = blankToNull(form.getNeedCategory());
        if (need != null) {
            String category = need.toUpperCase(Locale.ROOT);
            if (referenceData.specificNeeds().stream().noneMatch(n -> n.category().equals(category))) {
                throw Refusal.invalid("needCategory", "refuge.entitlement.need");
            }
            need = category;
        }
        SizeBands bands = form.getBands() == null || form.getBands().isEmpty() ? null : SizeBands.of(form.getBands().stream()
                .map(b -> new SizeBands.Band(b.getMinSize(), b.getMaxSize(), b.getQuantity())).toList());
        if (bands != null && item.unit().whole() && bands.bands().stream().anyMatch(b -> b.quantity().stripTrailingZeros().scale() > 0)
                || form.getQuantity() != null && item.unit().whole() && form.getQuantity().stripTrailingZeros().scale() > 0) {
            throw Refusal.invalid("quantity", "refuge.stock.quantity.whole");
        }
        return new EntitlementTerms(item.code(), form.getPer(), form.getQuantity(), bands, form.getPeriod(), form.getMonths(),
                form.getStage(), site, need, blankToNull(form.getAgeGroup()), partner.code(), form.getValidFrom(), form.getValidTo());
    }

    private static History history(Entitlement rule) {
        List<EntitlementVersion> versions = rule.history();
        int latest = versions.get(versions.size() - 1).number();
        return new History(rule.id(), rule.code(), versions.stream().map(v -> row(v, v.number() == latest)).toList());
    }

    private static VersionRow row(EntitlementVersion v, boolean latest) {
        EntitlementTerms t = v.terms();
        return new VersionRow(v.entitlement().id(), v.entitlement().code(), v.number(), latest, t.itemCode(), t.per(),
                t.quantity() == null ? null : StockLedger.decimal(t.quantity()), t.bands() == null ? List.of() : t.bands().bands().stream()
                        .map(b -> new SizeBands.Band(b.minSize(), b.maxSize(), StockLedger.decimal(b.quantity()))).toList(), t.period(), t.months(), t.stage(), t.siteCode(), t.needCategory(),
                t.ageGroup(), t.partnerCode(), v.validFrom(), v.validTo(), v.recordedAt(), v.recordedBy());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
