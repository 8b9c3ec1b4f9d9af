package org.refuge.assistance.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.PaymentService;
import org.refuge.assistance.application.PaymentService.LineView;
import org.refuge.assistance.web.PaymentListFile;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.export.ExportFormat;

/**
 * Cash payment lists for a paying agency (issue 14, item 6):
 * <ul>
 *   <li>{@code POST /api/v1/assistance/payment-lists} {@code {"roundId", "agency"}}: lists the round's cash lines still
 *       due (201);</li>
 *   <li>{@code GET .../payment-lists/{id}}: the list with its lines counted by status;</li>
 *   <li>{@code GET .../payment-lists/{id}/lines?page=&size=} (<i>paged</i>), or the whole list as a file for the agency
 *       with {@code ?format=csv|xlsx}, headers in the caller's language;</li>
 *   <li>{@code POST .../payment-lists/{id}/marks} {@code [{"lineId", "status": "PAID"|"FAILED", "reference", "reason"}]}:
 *       the agency's answer, a result per line (a line is marked once).</li>
 * </ul>
 * Social workers and camp managers at the round's site, supervisors everywhere.
 */
@Path("/v1/assistance/payment-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class PaymentListsResource {

    @Inject
    PaymentService payments;

    @POST
    public Response create(PaymentService.ListForm form) {
        return Response.status(Response.Status.CREATED).entity(payments.create(form)).build();
    }

    @GET
    @Path("{id}")
    public PaymentService.ListView get(@PathParam("id") UUID id) {
        return payments.get(id);
    }

    @GET
    @Path("{id}/lines")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response lines(@PathParam("id") UUID id, @QueryParam("format") String format, @BeanParam PageParams paging,
                          @Context HttpHeaders headers) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.strip())) {
            return Response.ok(PageAnswer.of(payments.lines(id, paging.request())), MediaType.APPLICATION_JSON).build();
        }
        ExportFormat file = ExportFormat.named(format);
        if (file == ExportFormat.PDF) {
            throw Refusal.invalid("format", "refuge.report.format", "json, csv, xlsx");
        }
        PaymentService.ListView list = payments.get(id);
        List<LineView> lines = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            Page<LineView> page = payments.lines(id, new PageRequest(first, PageRequest.MAX_SIZE));
            lines.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        byte[] bytes = file.write(PaymentListFile.table(list, lines, locale(headers)));
        return Response.ok(bytes, file.mediaType()).header("Content-Disposition", "attachment; filename=\"payment-list-"
                + list.siteCode() + "-" + list.id() + "." + file.extension() + "\"").header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/marks")
    public List<PaymentService.MarkResult> mark(@PathParam("id") UUID id, List<PaymentService.Mark> marks) {
        return payments.mark(id, marks);
    }

    /** The first of the caller's languages the UI has, English otherwise. */
    private static Locale locale(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (List.of("en", "hy", "ru").contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
