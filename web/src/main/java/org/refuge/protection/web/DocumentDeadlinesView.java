package org.refuge.protection.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentWorklists;
import org.refuge.protection.application.DocumentWorklists.Breach;
import org.refuge.protection.application.DocumentWorklists.DeadlineTotals;
import org.refuge.protection.application.DocumentWorklists.Waiting;
import org.refuge.shared.RegistryNumber;

/**
 * The three-day clock for supervisors: the persons still waiting for their identity document past the deadline and
 * within 24 hours of it, and the breaches the identity-document process recorded, with the late handover when it came;
 * each list a lazy table, a page at a time with its whole total.
 * Opened from the inbox ({@code ?task=<id>} of a documentsAtRisk or documentsBreached task, {@code ?household=} its
 * registry number), "Seen" completes that task and goes back to the inbox; the documents themselves stay awaited.
 */
@Named
@ViewScoped
public class DocumentDeadlinesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SEEN = "seen-form:seen";

    @Inject
    DocumentService documents;

    @Inject
    DocumentWorklists worklists;

    @Inject
    Messages messages;

    @Inject
    ProtectionChanges changes;

    /** The inbox task this page was opened for ({@code ?task=}), if any. */
    private String taskId;
    /** The household of that task ({@code ?household=}), highlighted in the tables. */
    private String household;

    /** The supervisors' figures, read once per request that needs them; never kept across a passivation. */
    private transient DeadlineTotals totals;
    private transient boolean refused;
    // the lists' lazy tables: each page read when shown
    private PagedList<Waiting> overdue;
    private PagedList<Waiting> atRisk;
    private PagedList<Breach> recorded;

    /** The "Seen" button: completes the inbox task, back to the inbox with the confirmation. */
    public String seen() {
        if (taskId == null || taskId.isBlank()) {
            return null;
        }
        if (!changes.run(() -> documents.deadlineSeen(taskId), Map.of(), SEEN)) {
            return null;
        }
        messages.info(household == null || household.isBlank() ? "deadlines.seen.done" : "deadlines.seen.doneFor", household);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/platform/inbox?faces-redirect=true";
    }

    /**
     * View action, and the refresh button: reads the figures before the page is rendered, so that a refusal reaches
     * the page's messages; the tables read their pages as they are shown.
     */
    public void load() {
        totals = null;
        refused = false;
        totals();
    }

    private DeadlineTotals totals() {
        if (totals == null && !refused) {
            totals = changes.call(() -> worklists.totals(), Map.of(), null).orElse(null);
            refused = totals == null;
        }
        return totals;
    }

    /** A page of a list, or an empty one when refused (the refusal is on the page's messages). */
    private <T> Page<T> page(Supplier<Page<T>> read, PageRequest request) {
        return refused ? Page.of(List.of(), 0, request) : changes.call(read::get, Map.of(), null).orElseGet(() -> Page.of(List.of(), 0, request));
    }

    public PagedList<Waiting> getBreached() {
        if (overdue == null) {
            overdue = new PagedList<>(request -> page(() -> worklists.overdue(request), request), w -> w.personId().toString()).firstPage(50);
        }
        return overdue;
    }

    public PagedList<Waiting> getAtRisk() {
        if (atRisk == null) {
            atRisk = new PagedList<>(request -> page(() -> worklists.atRisk(request), request), w -> w.personId().toString()).firstPage(50);
        }
        return atRisk;
    }

    public PagedList<Breach> getRecorded() {
        if (recorded == null) {
            recorded = new PagedList<>(request -> page(() -> worklists.breaches(request), request), Breach::registryNumber).firstPage(50);
        }
        return recorded;
    }

    public long getBreachesTotal() {
        return totals() == null ? 0 : totals.breachesTotal();
    }

    public long getLateHandovers() {
        return totals() == null ? 0 : totals.lateHandovers();
    }

    /** Breaches recorded whose documents are still awaited: those not handed over late (yet), nor closed. */
    public long getStillWaiting() {
        return totals() == null ? 0 : totals.stillWaiting();
    }

    /** The time left until the deadline, or how long it is overdue, in hours and minutes. */
    public String timeLeft(Waiting waiting) {
        Duration left = Duration.between(Instant.now(), waiting.deadline());
        Duration amount = left.abs();
        return messages.text(left.isNegative() ? "documents.overdueBy" : "documents.hoursLeft", amount.toHours(), amount.toMinutesPart());
    }

    /** How late the documents of a breach were handed over, in hours and minutes after the deadline. */
    public String lateBy(Breach breach) {
        Duration late = Duration.between(breach.deadline(), breach.handedOverAt() == null ? Instant.now() : breach.handedOverAt());
        return messages.text("deadlines.lateBy", Math.max(0, late.toHours()), Math.max(0, late.toMinutesPart()));
    }

    /** Whether a waiting person's row is about the household of the inbox task. */
    public boolean ofTask(Waiting waiting) {
        return isTaskHousehold(waiting.registryNumber());
    }

    /** Whether a breach's row is about the household of the inbox task. */
    public boolean breachOfTask(Breach breach) {
        return isTaskHousehold(breach.registryNumber());
    }

    /** The rows carry the registry's own numbers; the one of the task's address is parsed as the kernel reads it. */
    private boolean isTaskHousehold(String rowNumber) {
        if (household == null || household.isBlank()) {
            return false;
        }
        try {
            return RegistryNumber.parse(household).value().equals(rowNumber);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
}
