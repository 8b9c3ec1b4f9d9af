package org.refuge.assistance.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.StockForms.CorrectionForm;
import org.refuge.assistance.application.StockForms.ReceiptForm;
import org.refuge.assistance.application.StockService;
import org.refuge.assistance.infrastructure.StockLedger.Balance;
import org.refuge.assistance.infrastructure.StockLedger.Row;
import org.refuge.platform.paging.Page;
import org.refuge.platform.site.Site;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.shared.SiteCode;

/**
 * The stock of one site: what it holds per item and partner, the receipts recorded (newest first, paged), a new
 * receipt, and the correction of a receipt recorded wrongly (reversed with its reason, the right figure received anew).
 */
@Named
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockService stock;

    @Inject
    Changes changes;

    @Inject
    RefugeSettings settings;

    @Inject
    Messages messages;

    private String site;                 // <f:viewParam name="site">
    private List<Site> sites;
    private List<Balance> balances;
    private ReceiptForm receipt;
    private CorrectionForm correction = new CorrectionForm();
    private UUID correcting;
    private final PagedList<Row> entries = new PagedList<>(request -> site == null || site.isBlank()
            ? Page.of(List.<Row>of(), 0, request) : stock.entries(SiteCode.of(site), request), row -> row.id().toString());

    /** The site of the page: the one asked for, else the caller's first. */
    public void load() {
        if ((site == null || site.isBlank()) && !getSites().isEmpty()) {
            site = getSites().get(0).code();
        }
        balances = null;
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = stock.sites();
        }
        return sites;
    }

    public List<Balance> getBalances() {
        if (balances == null) {
            balances = site == null || site.isBlank() ? List.of() : stock.balances(SiteCode.of(site));
        }
        return balances;
    }

    public void receive() {
        boolean saved = changes.run(() -> stock.receive(SiteCode.of(site), getReceipt()), Map.of("itemCode", "receipt-form:item",
                "partnerCode", "receipt-form:partner", "quantity", "receipt-form:quantity", "receivedOn", "receipt-form:received-on",
                "note", "receipt-form:note"), null);
        if (saved) {
            messages.info("stock.receipt.recorded");
            receipt = newReceipt();
            balances = null;
        }
    }

    public void startCorrection(Row row) {
        correcting = row.id();
        correction = new CorrectionForm();
    }

    public void correct() {
        boolean saved = changes.run(() -> stock.correct(SiteCode.of(site), correcting, correction),
                Map.of("reason", "correction-form:reason", "quantity", "correction-form:quantity"), "correction-form:reason");
        if (saved) {
            messages.info("stock.correction.recorded");
            correcting = null;
            balances = null;
        }
    }

    /** Whether a ledger row can still be corrected: a receipt not reversed yet. */
    public boolean correctable(Row row) {
        return row.kind() == org.refuge.assistance.domain.StockEntryKind.RECEIPT && row.correctedBy() == null;
    }

    private ReceiptForm newReceipt() {
        ReceiptForm form = new ReceiptForm();
        form.setReceivedOn(today());
        return form;
    }

    public boolean isNegative(BigDecimal value) { return value != null && value.signum() < 0; }
    public PagedList<Row> getEntries() { return entries; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public ReceiptForm getReceipt() {
        if (receipt == null) {
            receipt = newReceipt();
        }
        return receipt;
    }
    public CorrectionForm getCorrection() { return correction; }

    /** Today where the application works (its configured zone), not where the server's clock is. */
    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }
}
