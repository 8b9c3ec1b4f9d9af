package org.refuge.platform.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditLogService;
import org.refuge.platform.audit.AuditLogService.AuditFilter;

/** The auditor's view of the trail: who did what, to which record, when and from where. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    AuditLogService log;

    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            search();
        }
        return events;
    }

    public void search() {
        ZoneId zone = ZoneId.systemDefault();
        events = log.search(new AuditFilter(actor, action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()), 0, PAGE);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
