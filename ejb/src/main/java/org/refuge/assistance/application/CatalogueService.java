package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.application.CatalogueForms.ItemForm;
import org.refuge.assistance.application.CatalogueForms.PartnerForm;
import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.ItemUnit;
import org.refuge.assistance.domain.Partner;
import org.refuge.assistance.domain.PartnerKind;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;

/**
 * The assistance items and partners: the administrator adds them, corrects their names and switches them off (never
 * deletes them: stock entries and rules keep naming them); everyone who works with assistance reads them.
 */
@Stateless
public class CatalogueService {

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** An item as read. */
    public record ItemRow(String code, String nameEn, String nameHy, String nameRu, ItemUnit unit, ItemCategory category, boolean active) {
        static ItemRow of(AssistanceItem item) {
            return new ItemRow(item.code(), item.nameEn(), item.nameHy(), item.nameRu(), item.unit(), item.category(), item.active());
        }

        /** The name in the language asked for (hy, ru; English otherwise). */
        public String name(Locale locale) {
            return switch (locale == null ? "en" : locale.getLanguage()) {
                case "hy" -> nameHy;
                case "ru" -> nameRu;
                default -> nameEn;
            };
        }
    }

    /** A partner as read. */
    public record PartnerRow(String code, String name, PartnerKind kind, boolean active) {
        static PartnerRow of(Partner partner) {
            return new PartnerRow(partner.code(), partner.name(), partner.kind(), partner.active());
        }
    }

    /** Every item, active ones first, by category and code. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
    public List<ItemRow> items() {
        return catalogue.items().stream().map(ItemRow::of).toList();
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
    public List<PartnerRow> partners() {
        return catalogue.partners().stream().map(PartnerRow::of).toList();
    }

    /** A new item; 409 when its code exists. */
    @RolesAllowed(Roles.ADMIN)
    public ItemRow addItem(@NotNull @Valid ItemForm form) {
        String code = code(form.getCode());
        if (catalogue.item(code).isPresent()) {
            throw Refusal.conflict("code", "refuge.assistance.duplicate", code);
        }
        Instant now = Instant.now(clock);
        AssistanceItem item = new AssistanceItem(code, form.getUnit(), form.getCategory(), now);
        item.rename(form.getNameEn(), form.getNameHy(), form.getNameRu(), now);
        catalogue.add(item);
        audit.record(AuditAction.CREATE, "AssistanceItem", code, "reference data");
        return ItemRow.of(item);
    }

    /** New names and, when given, on or off; the unit and category stay (400 when the form changes them). */
    @RolesAllowed(Roles.ADMIN)
    public ItemRow changeItem(@NotNull @Valid ItemForm form) {
        String code = code(form.getCode());
        AssistanceItem item = catalogue.item(code).orElseThrow(AssistanceItem::unknown);
        if (form.getUnit() != item.unit() || form.getCategory() != item.category()) {
            throw Refusal.invalid(form.getUnit() != item.unit() ? "unit" : "category", "refuge.assistance.item.fixed");
        }
        Instant now = Instant.now(clock);
        item.rename(form.getNameEn(), form.getNameHy(), form.getNameRu(), now);
        if (Boolean.TRUE.equals(form.getActive())) {
            item.activate(now);
        } else if (Boolean.FALSE.equals(form.getActive())) {
            item.deactivate(now);
        }
        audit.record(AuditAction.UPDATE, "AssistanceItem", code, "reference data");
        return ItemRow.of(item);
    }

    /** A new partner; 409 when its code exists. */
    @RolesAllowed(Roles.ADMIN)
    public PartnerRow addPartner(@NotNull @Valid PartnerForm form) {
        String code = code(form.getCode());
        if (catalogue.partner(code).isPresent()) {
            throw Refusal.conflict("code", "refuge.assistance.duplicate", code);
        }
        Instant now = Instant.now(clock);
        Partner partner = new Partner(code, now);
        partner.describe(form.getName(), form.getKind(), now);
        catalogue.add(partner);
        audit.record(AuditAction.CREATE, "AssistancePartner", code, "reference data");
        return PartnerRow.of(partner);
    }

    @RolesAllowed(Roles.ADMIN)
    public PartnerRow changePartner(@NotNull @Valid PartnerForm form) {
        String code = code(form.getCode());
        Partner partner = catalogue.partner(code).orElseThrow(Partner::unknown);
        Instant now = Instant.now(clock);
        partner.describe(form.getName(), form.getKind(), now);
        if (Boolean.TRUE.equals(form.getActive())) {
            partner.activate(now);
        } else if (Boolean.FALSE.equals(form.getActive())) {
            partner.deactivate(now);
        }
        audit.record(AuditAction.UPDATE, "AssistancePartner", code, "reference data");
        return PartnerRow.of(partner);
    }

    /** A code as stored: capitals, no blanks around. */
    static String code(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }
}
