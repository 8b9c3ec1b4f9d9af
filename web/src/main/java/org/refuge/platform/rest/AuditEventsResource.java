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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditLogService;
import org.refuge.platform.audit.AuditLogService.AuditFilter;
import org.refuge.platform.security.Roles;

/**
 * {@code GET /api/v1/audit-events?actor=&action=&record=&from=yyyy-MM-dd&to=yyyy-MM-dd&page=0&size=50}: the audit
 * trail for the auditor, newest first, one page with the total (dates in UTC, {@code to} inclusive).
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

    /** A page of events; {@code totalIsAtLeast} when there are more than the count went to. */
    public record Page(List<Event> items, long total, boolean totalIsAtLeast, int page, int size) {
    }

    @GET
    public Page events(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("record") String record,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500 || (long) page * size > Integer.MAX_VALUE - size) {
            throw new BadRequestException("page >= 0 and size 1..500");
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        var filter = new AuditFilter(actor, action(action), fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), record);
        var found = log.search(filter, page * size, size);
        return new Page(found.events().stream().map(Event::of).toList(), found.total(), found.totalCapped(), page, size);
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
