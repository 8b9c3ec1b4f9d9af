package org.refuge.assistance.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.DistributionForms.RoundForm;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.application.RoundService;
import org.refuge.assistance.web.DistributionListFile;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.export.ExportFormat;
import org.refuge.shared.SiteCode;

/**
 * Distribution rounds (social workers and camp managers at their own sites, supervisors at every site):
 * <ul>
 *   <li>{@code POST /api/v1/assistance/rounds} {@code {"siteCode", "heldOn", "entitlementIds": [...]}}: a round opened (201);</li>
 *   <li>{@code GET .../rounds?site=&open=true&page=&size=}: the rounds of the caller's sites, newest day first (<i>paged</i>);</li>
 *   <li>{@code GET .../rounds/{id}}, {@code POST .../rounds/{id}/close}: a round, and its closing (409 when closed);</li>
 *   <li>{@code GET .../rounds/{id}/list?page=&size=}: its distribution list (<i>paged</i>), or the whole list as a file
 *       with {@code ?format=csv} (UTF-8 with a byte order mark) or {@code ?format=xlsx}, headers in the caller's language.</li>
 * </ul>
 */
@Path("/v1/assistance/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class RoundsResource {

    /** The most lines a file holds: a list longer than this is read page by page through the API. */
    static final int FILE_LINES = 200_000;

    @Inject
    RoundService rounds;

    @Inject
    CatalogueService catalogue;

    @Inject
    RefugeSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(RoundForm form) {
        return Response.status(Response.Status.CREATED).entity(rounds.open(form)).build();
    }

    @GET
    public PageAnswer<RoundRow> page(@QueryParam("site") SiteCode site, @QueryParam("open") boolean openOnly, @BeanParam PageParams paging) {
        return PageAnswer.of(rounds.page(site, openOnly, paging.request()));
    }

    @GET
    @Path("{id}")
    public RoundRow get(@PathParam("id") UUID id) {
        return rounds.get(id);
    }

    @POST
    @Path("{id}/close")
    public RoundRow close(@PathParam("id") UUID id) {
        return rounds.close(id);
    }

    @GET
    @Path("{id}/list")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response list(@PathParam("id") UUID id, @QueryParam("format") String format, @BeanParam PageParams paging,
                         @Context HttpHeaders headers) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.strip())) {
            return Response.ok(PageAnswer.of(rounds.list(id, paging.request())), MediaType.APPLICATION_JSON).build();
        }
        ExportFormat file = ExportFormat.named(format);
        if (file == ExportFormat.PDF) {
            throw Refusal.invalid("format", "refuge.report.format", "json, csv, xlsx");
        }
        RoundRow round = rounds.get(id);
        List<DueLine> lines = new ArrayList<>();
        for (int first = 0; first < FILE_LINES; first += PageRequest.MAX_SIZE) {
            Page<DueLine> page = rounds.list(id, new PageRequest(first, PageRequest.MAX_SIZE));
            lines.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        byte[] bytes = file.write(DistributionListFile.table(round, lines, catalogue.items(), locale(headers), settings.zone()));
        rounds.exported(id, file.extension(), lines.size());
        return Response.ok(bytes, file.mediaType()).header("Content-Disposition", "attachment; filename=\"distribution-list-"
                + round.siteCode() + "-" + round.heldOn() + "." + file.extension() + "\"").header("Cache-Control", "private, no-store").build();
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
