package org.refuge.protection.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.AccountService.Me;
import org.refuge.platform.site.SiteService;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.UserView;
import org.refuge.protection.application.DocumentService;
import org.refuge.shared.SiteCode;

/**
 * The end-of-day photo sheets of a site (registrars; supervisors may print them too): A4 pages of the portraits taken
 * that day, for the paper file. Opened from the inbox ({@code ?task=<id>&site=<site>&day=yyyy-MM-dd}) the registrar
 * prints them and confirms, which completes the task; any site of the user's scope and any day can be printed again
 * on demand. The day is the service's time zone's ({@code REFUGE_TIME_ZONE}), like the sheets themselves.
 */
@Named
@ViewScoped
public class PhotoPrintView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SITE = "photo-form:site";
    static final String DAY = "photo-form:day";
    static final String DOWNLOAD = "photo-form:download";
    static final String PRINTED = "photo-form:printed";

    /** A site to choose: its code and what the menu shows. */
    public record SiteOption(String code, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    DocumentService documents;

    @Inject
    SiteService siteService;

    @Inject
    RefugeSettings settings;

    @Inject
    UserView user;

    @Inject
    Messages messages;

    @Inject
    ProtectionChanges changes;

    /** The inbox task ({@code ?task=}), if the page was opened for one. */
    private String taskId;
    /** The site and day asked for ({@code ?site=}, {@code ?day=}); the view parameters set them again on each postback, so they are read once. */
    private String requestedSite;
    private String requestedDay;
    private String site;
    private LocalDate day;
    private List<SiteOption> siteOptions = List.of();

    /** The sheets just made, handed to the download once. */
    private transient byte[] pdf;
    private String pdfName;

    /** View action: the site and day of the task, or the user's first site and today. */
    public void load() {
        Me me = user.getMe();
        List<SiteOption> options = new ArrayList<>();
        if (me.allSites()) {
            siteService.all().forEach(s -> options.add(new SiteOption(s.code(), label(s.code(), s.name()))));
        } else {
            me.sites().forEach(s -> options.add(new SiteOption(s.code(), label(s.code(), s.name()))));
        }
        if (requestedSite != null && !requestedSite.isBlank()) {
            site = siteCode(requestedSite).map(SiteCode::value).orElse(requestedSite);
        } else if (!me.sites().isEmpty()) {
            site = me.sites().get(0).code();
        }
        if (site != null && options.stream().noneMatch(o -> o.code().equals(site))) {
            options.add(0, new SiteOption(site, site));
        }
        siteOptions = List.copyOf(options);
        day = today();
        if (requestedDay != null && !requestedDay.isBlank()) {
            try {
                day = LocalDate.parse(requestedDay.strip());
            } catch (DateTimeParseException e) {
                messages.fieldError(DAY, "photoPrint.dayFormat");
            }
        }
    }

    /** The download button (an action listener before p:fileDownload): the sheets of the site and day chosen, or why not. */
    public void prepare() {
        pdf = null;
        boolean complete = true;
        if (site == null || site.isBlank()) {
            messages.fieldError(SITE, "photoPrint.chooseSite");
            complete = false;
        }
        if (day == null) {
            messages.fieldError(DAY, "photoPrint.chooseDay");
            complete = false;
        }
        Optional<SiteCode> code = complete ? siteCode(site) : Optional.empty();
        if (complete && (code.isEmpty() || !inScope(code.get()))) {
            messages.fieldError(SITE, "photoPrint.otherSite", site);
            complete = false;
        }
        if (!complete) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        SiteCode chosenSite = code.get();
        LocalDate chosen = day;
        changes.call(() -> documents.photoSheets(chosenSite, chosen), Map.of("siteCode", SITE, "day", DAY), DOWNLOAD).ifPresent(bytes -> {
            pdf = bytes;
            pdfName = "photos-" + chosenSite + "-" + chosen + ".pdf";
        });
    }

    /** The PDF for p:fileDownload, once; null after a refusal, and the page shows why. */
    public StreamedContent getDownload() {
        if (pdf == null) {
            return null;
        }
        byte[] bytes = pdf;
        pdf = null;
        return DefaultStreamedContent.builder().name(pdfName).contentType("application/pdf").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** "Printed — confirm": completes the inbox task, back to the inbox with the confirmation. */
    public String printed() {
        if (taskId == null || taskId.isBlank()) {
            return null;
        }
        return changes.call(() -> documents.photoSheetsPrinted(taskId), Map.of(), PRINTED).map(task -> {
            messages.info("photoPrint.confirmed", task.siteCode() == null ? "" : task.siteCode(), task.businessKey());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/platform/inbox?faces-redirect=true";
        }).orElse(null);
    }

    /** Whether the user works at the site or sees all sites; the service checks it again. */
    private boolean inScope(SiteCode code) {
        Me me = user.getMe();
        return me.allSites() || me.sites().stream().anyMatch(s -> s.code().equals(code.value()));
    }

    /** The site chosen or asked for, parsed by the shared kernel; empty when the text is not a site code. */
    private static Optional<SiteCode> siteCode(String text) {
        try {
            return Optional.of(SiteCode.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    private static String label(String code, String name) {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getRequestedSite() { return requestedSite; }
    public void setRequestedSite(String requestedSite) { this.requestedSite = requestedSite; }
    public String getRequestedDay() { return requestedDay; }
    public void setRequestedDay(String requestedDay) { this.requestedDay = requestedDay; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalDate getToday() { return today(); }
    public List<SiteOption> getSiteOptions() { return siteOptions; }
}
