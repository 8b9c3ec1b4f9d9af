package org.refuge.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditLogService;
import org.refuge.platform.audit.AuditLogService.AuditFilter;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.Roles;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * {@code GET /api/v1/audit-events?actor=&action=&record=&household=&person=&from=yyyy-MM-dd&to=yyyy-MM-dd&page=0&size=50&upTo=}:
 * the audit trail for the auditor, newest first, one page with the total (dates in UTC, {@code to} inclusive).
 * {@code household} (a registry number) finds the events of the family's records, its members' and their documents'
 * too; {@code person} (a person's id) those of one person's records. The first page's answer says {@code upTo}; the
 * next pages sent with it page through the same events.
 */
@Path("/v1/audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditEventsResource {

    @Inject
    AuditLogService log;

    public record Event(long id, Instant at, String actor, String action, String recordType, String recordId, String purpose,
                        String clientAddress) {
        static Event of(AuditEvent e) {
            return new Event(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.recordType(), e.recordId(), e.purpose(),
                    e.clientAddress());
        }
    }

    /**
     * A page of events; {@code totalIsAtLeast} when there are more than the count went to. {@code upTo} is the newest
     * event the pages are read below: the client sends it back with the next pages, so that the reads these pages
     * record (and anything else done meanwhile) never shift them.
     */
    public record Page(List<Event> items, long total, boolean totalIsAtLeast, int page, int size, long upTo) {
    }

    @GET
    public Page events(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("record") String record,
                       @QueryParam("household") RegistryNumber household, @QueryParam("person") PersonId person,
                       @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("upTo") String upTo,
                       @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        // the newest event before this page is read: the read it records comes after, and falls outside every page
        long newest = upTo == null || upTo.isBlank() ? log.latestId() : id(upTo);
        var filter = new AuditFilter(actor, action(action), fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), record, household, person, newest);
        var found = log.search(filter, request);
        return new Page(found.items().stream().map(Event::of).toList(), found.total(), found.totalIsAtLeast(),
                request.first() / request.size(), request.size(), newest);
    }

    private static long id(String upTo) {
        try {
            return Long.parseLong(upTo.strip());
        } catch (NumberFormatException notAnId) {
            throw new BadRequestException("upTo is the id of an event");
        }
    }

    private static AuditAction action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown action");
        }
    }

    private static LocalDate day(String day) {
        try {
            return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException bad) {
            throw new BadRequestException("A date is yyyy-MM-dd");
        }
    }
}
