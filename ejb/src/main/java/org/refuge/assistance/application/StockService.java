package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.application.StockForms.CorrectionForm;
import org.refuge.assistance.application.StockForms.ReceiptForm;
import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.Partner;
import org.refuge.assistance.domain.StockEntry;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.assistance.infrastructure.StockLedger.Balance;
import org.refuge.assistance.infrastructure.StockLedger.Row;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;
import org.refuge.shared.SiteCode;

/**
 * The stock of assistance at each site, per item and partner: supervisors (every site) and camp managers (their own
 * sites) record what was received; a receipt recorded wrongly is reversed by a correction with its reason, never
 * edited or deleted, and the right quantity, when there is one, is received anew in the same step. The balance is
 * received minus handed out; the collections write their own rows when distribution is built. A site outside the
 * caller's scope is refused (403) before anything else is looked at, and every query is limited to the caller's sites.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER})
public class StockService {

    @Inject
    StockLedger ledger;

    @Inject
    Catalogue catalogue;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The sites whose stock the caller keeps: every active site for a supervisor, their own for a camp manager. */
    public List<Site> sites() {
        List<Site> all = currentUser.seesAllSites() ? sites.all() : sites.byCodes(currentUser.sites());
        return all.stream().filter(Site::active).toList();
    }

    /** What the site holds, per item and partner. */
    public List<Balance> balances(@NotNull SiteCode site) {
        return ledger.balances(site(site), scope());
    }

    /** One page of the site's ledger, newest first. */
    public Page<Row> entries(@NotNull SiteCode site, @NotNull PageRequest request) {
        return ledger.entries(site(site), scope(), request);
    }

    /**
     * Goods received at the site: an active item and an active partner (400 otherwise), a positive quantity, a day that
     * is not after today in the application's zone.
     */
    public Row receive(@NotNull SiteCode site, @NotNull @Valid ReceiptForm form) {
        String code = site(site);
        if (form.getReceivedOn().isAfter(LocalDate.now(clock.withZone(settings.zone())))) {
            throw Refusal.invalid("receivedOn", "refuge.stock.receivedOn");
        }
        AssistanceItem item = catalogue.item(CatalogueService.code(form.getItemCode())).filter(AssistanceItem::active)
                .orElseThrow(() -> Refusal.invalid("itemCode", "refuge.stock.item"));
        Partner partner = catalogue.partner(CatalogueService.code(form.getPartnerCode())).filter(Partner::active)
                .orElseThrow(() -> Refusal.invalid("partnerCode", "refuge.stock.partner"));
        StockEntry receipt = StockEntry.receipt(site, item, partner, form.getQuantity(), form.getReceivedOn(), form.getNote(),
                Instant.now(clock), currentUser.username());
        ledger.add(receipt);
        audit.record(AuditAction.CREATE, "StockEntry", receipt.id().toString(), "stock receipt at " + code);
        return row(receipt, null);
    }

    /**
     * Reverses a receipt of the site in full, with the reason, and receives the right quantity anew when one above 0
     * is given; the rows written, the reversal first. 404 for an entry the site does not have, 409 for anything but a
     * receipt or for a receipt reversed already.
     */
    public List<Row> correct(@NotNull SiteCode site, @NotNull UUID receiptId, @NotNull @Valid CorrectionForm form) {
        String code = site(site);
        StockEntry receipt = ledger.lockedEntry(code, receiptId).orElseThrow(StockEntry::unknown);
        if (ledger.corrected(receiptId)) {
            throw StockEntry.correctedAlready();
        }
        Instant now = Instant.now(clock);
        StockEntry reversal = receipt.reversal(form.getReason(), now, currentUser.username());
        ledger.add(reversal);
        List<Row> written = new ArrayList<>(List.of(row(reversal, null)));
        BigDecimal right = form.getQuantity();
        if (right != null && right.signum() > 0) {
            AssistanceItem item = catalogue.item(receipt.itemCode()).orElseThrow(AssistanceItem::unknown);
            Partner partner = catalogue.partner(receipt.partnerCode()).orElseThrow(Partner::unknown);
            StockEntry again = StockEntry.receipt(site, item, partner, right, receipt.receivedOn(), form.getReason(), now,
                    currentUser.username());
            ledger.add(again);
            written.add(row(again, null));
        }
        audit.record(AuditAction.UPDATE, "StockEntry", receiptId.toString(), "stock receipt corrected at " + code);
        return written;
    }

    /** The site's code once the caller may work there (403) and it exists (404). */
    private String site(SiteCode site) {
        currentUser.requireSite(site);
        if (sites.byCodes(List.of(site.value())).isEmpty()) {
            throw Site.unknown();
        }
        return site.value();
    }

    private StockLedger.Scope scope() {
        return new StockLedger.Scope(currentUser.seesAllSites(), currentUser.sites());
    }

    private static Row row(StockEntry e, UUID correctedBy) {
        return new Row(e.id(), e.kind(), e.itemCode(), e.partnerCode(), StockLedger.decimal(e.quantity()), e.receivedOn(), e.recordedAt(),
                e.recordedBy(), e.note(), e.corrects(), correctedBy);
    }
}
