package org.refuge.platform.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditLogService;
import org.refuge.platform.audit.AuditLogService.AuditFilter;
import org.refuge.platform.audit.AuditLogService.AuditPage;

/**
 * The auditor's view of the trail: who did what, to which record, when and from where, a page at a time through any
 * number of events (a lazy table), filtered by user, action, record and period; the total says when it is "at least".
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService log;

    private String actor;
    private AuditAction action;
    private String record;
    private LocalDate from;
    private LocalDate to;
    private boolean totalCapped;
    /** The newest event when the table was first read: its pages stay put while the reads it records are added. */
    private Long upToId;
    private final LazyDataModel<AuditEvent> events = new Events();

    /** The table's model: each page is one query, the count is capped (AuditLogService). */
    private final class Events extends LazyDataModel<AuditEvent> {
        private static final long serialVersionUID = 1L;
        private transient AuditPage last;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (upToId == null) {
                upToId = log.latestId();
            }
            last = log.count(filter());
            totalCapped = last.totalCapped();
            return (int) last.total();
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.search(filter(), first, Math.min(Math.max(pageSize, 1), 500)).events();
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.id());
        }
    }

    private AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditFilter(actor, action, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), record, upToId);
    }

    /** The filters changed: the table reads its first page again (the form's update does it). */
    public void search() {
        upToId = null; // the table reads the events up to the newest one again
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public boolean isTotalCapped() {
        return totalCapped;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
