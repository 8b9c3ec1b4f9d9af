package org.refuge.protection.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentService.Breach;
import org.refuge.protection.application.DocumentService.Deadlines;
import org.refuge.protection.application.DocumentService.Waiting;

/**
 * The three-day clock for supervisors: the persons still waiting for their identity document past the deadline and
 * within 24 hours of it, and the breaches the identity-document process recorded, with the late handover when it came.
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
    Messages messages;

    @Inject
    ProtectionChanges changes;

    /** The inbox task this page was opened for ({@code ?task=}), if any. */
    private String taskId;
    /** The household of that task ({@code ?household=}), highlighted in the tables. */
    private String household;

    /** The supervisors' view, read once per request that needs it; never kept across a passivation. */
    private transient Deadlines deadlines;
    private transient boolean refused;

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
     * View action, and the refresh button: reads the clock before the page is rendered, so that a refusal reaches the
     * page's messages.
     */
    public void load() {
        deadlines = null;
        refused = false;
        deadlines();
    }

    private Deadlines deadlines() {
        if (deadlines == null && !refused) {
            deadlines = changes.call(() -> documents.deadlines(), Map.of(), null).orElse(null);
            refused = deadlines == null;
        }
        return deadlines;
    }

    public List<Waiting> getBreached() {
        return deadlines() == null ? List.of() : deadlines.breached();
    }

    public List<Waiting> getAtRisk() {
        return deadlines() == null ? List.of() : deadlines.atRisk();
    }

    public List<Breach> getRecorded() {
        return deadlines() == null ? List.of() : deadlines.recorded();
    }

    public long getBreachesTotal() {
        return deadlines() == null ? 0 : deadlines.breachesTotal();
    }

    public long getLateHandovers() {
        return deadlines() == null ? 0 : deadlines.lateHandovers();
    }

    /** Breaches recorded whose documents are still awaited: those not handed over late (yet). */
    public long getStillWaiting() {
        return deadlines() == null ? 0 : deadlines.stillWaiting();
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

    /** Whether a row is about the household of the inbox task. */
    public boolean ofTask(String registryNumber) {
        return household != null && household.equalsIgnoreCase(registryNumber);
    }

    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
}
