package org.refuge.assistance.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.EntitlementForm;
import org.refuge.assistance.application.EntitlementForm.BandForm;
import org.refuge.assistance.application.EntitlementService;
import org.refuge.assistance.application.EntitlementService.History;
import org.refuge.assistance.application.EntitlementService.VersionRow;
import org.refuge.assistance.domain.Per;
import org.refuge.assistance.domain.Period;
import org.refuge.assistance.domain.SizeBands;
import org.refuge.assistance.domain.Stage;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;

/**
 * The entitlement rules: the rules in force on a day (every rule's latest version when no day is asked), a rule's
 * history, and for supervisors and the administrator a new rule or a rule's next version. Household-size bands are
 * typed on one line, "1-2=1; 3-5=2; 6+=3".
 */
@Named
@ViewScoped
public class EntitlementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern BAND = Pattern.compile("\\s*(\\d{1,3})\\s*(?:-\\s*(\\d{1,3})|(\\+))?\\s*=\\s*(\\d{1,12}(?:[.,]\\d{1,3})?)\\s*");

    @Inject
    EntitlementService entitlements;

    @Inject
    SiteService siteService;

    @Inject
    Changes changes;

    @Inject
    RefugeSettings settings;

    @Inject
    Messages messages;

    private LocalDate on;
    private List<VersionRow> rules;
    private History history;
    private EntitlementForm form = new EntitlementForm();
    private UUID revising;
    private String bands = "";
    private List<Site> sites;

    public List<VersionRow> getRules() {
        if (rules == null) {
            rules = on == null ? entitlements.latest() : entitlements.inForce(on);
        }
        return rules;
    }

    public void show() {
        rules = null;
    }

    public void showHistory(VersionRow row) {
        history = entitlements.history(row.id());
    }

    public void startNew() {
        form = new EntitlementForm();
        form.setValidFrom(today());
        form.setStage(Stage.IN_CAMP);
        revising = null;
        bands = "";
    }

    /** The next version of a rule, starting from what its latest version says. */
    public void startRevision(VersionRow row) {
        form = new EntitlementForm();
        form.setItemCode(row.itemCode());
        form.setPer(row.per());
        form.setQuantity(row.quantity());
        form.setPeriod(row.period());
        form.setMonths(row.months());
        form.setStage(row.stage());
        form.setSiteCode(row.siteCode());
        form.setNeedCategory(row.needCategory());
        form.setAgeGroup(row.ageGroup());
        form.setPartnerCode(row.partnerCode());
        form.setValidFrom(today().isAfter(row.validFrom()) ? today() : row.validFrom());
        form.setValidTo(row.validTo() != null && row.validTo().isAfter(form.getValidFrom()) ? row.validTo() : null);
        form.setBasedOnVersion(row.number());
        revising = row.id();
        bands = text(row.bands());
    }

    public void save() {
        Map<String, String> fields = Map.ofEntries(Map.entry("code", "rule-form:code"), Map.entry("itemCode", "rule-form:item"),
                Map.entry("per", "rule-form:per"), Map.entry("quantity", "rule-form:quantity"), Map.entry("bands", "rule-form:bands"),
                Map.entry("quantityOrBands", "rule-form:quantity"), Map.entry("bandsPerHousehold", "rule-form:bands"),
                Map.entry("period", "rule-form:period"), Map.entry("months", "rule-form:months"), Map.entry("monthsForMonthly", "rule-form:months"),
                Map.entry("stage", "rule-form:stage"), Map.entry("siteCode", "rule-form:site"), Map.entry("needCategory", "rule-form:need"),
                Map.entry("ageGroup", "rule-form:age-group"), Map.entry("partnerCode", "rule-form:partner"),
                Map.entry("validFrom", "rule-form:valid-from"), Map.entry("validTo", "rule-form:valid-to"),
                Map.entry("validToAfterFrom", "rule-form:valid-to"));
        List<BandForm> parsed = parseBands(bands);
        if (parsed == null) {
            messages.fieldError("rule-form:bands", "entitlements.bands.format");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        form.setBands(parsed);
        boolean saved = changes.run(() -> {
            if (revising == null) {
                entitlements.create(form);
            } else {
                entitlements.revise(revising, form);
            }
        }, fields, "rule-form:code");
        if (saved) {
            messages.info(revising == null ? "entitlements.created" : "entitlements.revised");
            rules = null;
        }
    }

    /** "1-2=1; 3-5=2; 6+=3" as bands; an empty list for no text, null for text that is not bands. */
    static List<BandForm> parseBands(String text) {
        List<BandForm> parsed = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return parsed;
        }
        for (String part : text.split(";")) {
            Matcher m = BAND.matcher(part);
            if (!m.matches()) {
                return null;
            }
            int from = Integer.parseInt(m.group(1));
            Integer to = m.group(3) != null ? null : m.group(2) != null ? Integer.valueOf(m.group(2)) : Integer.valueOf(from);
            parsed.add(new BandForm(from, to, new BigDecimal(m.group(4).replace(',', '.'))));
        }
        return parsed;
    }

    /** Bands as typed: "1-2=1; 3-5=2; 6+=3". */
    public String bandsText(List<SizeBands.Band> list) {
        return text(list);
    }

    static String text(List<SizeBands.Band> list) {
        return list == null ? "" : list.stream().map(b -> b.minSize() + (b.maxSize() == null ? "+" : "-" + b.maxSize()) + "="
                + b.quantity().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; "));
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = siteService.all().stream().filter(Site::active).toList();
        }
        return sites;
    }

    public Per[] getPers() { return Per.values(); }
    public Period[] getPeriods() { return Period.values(); }
    public Stage[] getStages() { return Stage.values(); }
    public List<String> getAgeGroups() { return org.refuge.assistance.domain.EntitlementTerms.AGE_GROUPS; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public History getHistory() { return history; }
    public EntitlementForm getForm() { return form; }
    public boolean isRevising() { return revising != null; }
    public String getBands() { return bands; }
    public void setBands(String bands) { this.bands = bands; }

    /** Today where the application works (its configured zone), not where the server's clock is. */
    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }
}
