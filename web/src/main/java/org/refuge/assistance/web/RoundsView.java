package org.refuge.assistance.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.DistributionForms.RoundForm;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.application.EntitlementService;
import org.refuge.assistance.application.RoundService;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.site.Site;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.reporting.export.ExportFormat;

/**
 * Distribution rounds of the caller's sites: a new round (site, day, the rules in force that day), the rounds newest
 * first (paged) with their closing, and the distribution list of the round chosen (paged), downloadable as CSV or XLSX.
 */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundService rounds;

    @Inject
    EntitlementService entitlements;

    @Inject
    CatalogueService catalogue;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    @Inject
    RefugeSettings settings;

    private List<Site> sites;
    private RoundForm form;
    private List<EntitlementService.VersionRow> inForce;
    private List<String> chosenRules = new ArrayList<>();
    private UUID shown;
    private final PagedList<RoundRow> all = new PagedList<>(request -> rounds.page(null, false, request), row -> row.id().toString());
    private final PagedList<DueLine> list = new PagedList<>(request -> shown == null ? Page.of(List.<DueLine>of(), 0, request)
            : rounds.list(shown, request), row -> row.entitlementId() + ":" + row.registryNumber() + ":" + row.personId());

    public List<Site> getSites() {
        if (sites == null) {
            sites = rounds.sites();
        }
        return sites;
    }

    public RoundForm getForm() {
        if (form == null) {
            form = new RoundForm();
            form.setHeldOn(LocalDate.now(settings.zone()));
            if (!getSites().isEmpty()) {
                form.setSiteCode(getSites().get(0).code());
            }
        }
        return form;
    }

    /** The rules in force on the form's day, to choose from. */
    public List<EntitlementService.VersionRow> getRules() {
        if (inForce == null) {
            LocalDate day = getForm().getHeldOn() != null ? getForm().getHeldOn() : LocalDate.now(settings.zone());
            inForce = entitlements.inForce(day);
        }
        return inForce;
    }

    public void dayChanged() {
        inForce = null;
    }

    public void open() {
        getForm().setEntitlementIds(chosenRules.stream().map(UUID::fromString).toList());
        changes.call(() -> rounds.open(getForm()), Map.of("siteCode", "round-form:site", "heldOn", "round-form:held-on",
                "entitlementIds", "round-form:rules"), "round-form:rules").ifPresent(row -> {
                    messages.info("rounds.opened");
                    shown = row.id();
                    form = null;
                    inForce = null;
                    chosenRules = new ArrayList<>();
                });
    }

    public void close(RoundRow round) {
        if (changes.run(() -> rounds.close(round.id()), Map.of(), null)) {
            messages.info("rounds.closed");
        }
    }

    public void show(RoundRow round) {
        shown = round.id();
    }

    /** The shown round's list as a file: CSV or XLSX, headers in the page's language. */
    public StreamedContent file(String format) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
        ExportFormat file = ExportFormat.named(format);
        RoundRow round = rounds.get(shown);
        List<DueLine> lines = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            Page<DueLine> page = rounds.list(shown, new PageRequest(first, PageRequest.MAX_SIZE));
            lines.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        byte[] bytes = file.write(DistributionListFile.table(round, lines, catalogue.items(), locale, settings.zone()));
        rounds.exported(shown, file.extension(), lines.size());
        return DefaultStreamedContent.builder().name("distribution-list-" + round.siteCode() + "-" + round.heldOn() + "." + file.extension())
                .contentType(file.mediaType()).contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public RoundRow getShownRound() {
        return shown == null ? null : rounds.get(shown);
    }

    public List<String> getChosenRules() { return chosenRules; }
    public void setChosenRules(List<String> chosenRules) { this.chosenRules = chosenRules; }
    public PagedList<RoundRow> getAll() { return all; }
    public PagedList<DueLine> getList() { return list; }
    public UUID getShown() { return shown; }
}
