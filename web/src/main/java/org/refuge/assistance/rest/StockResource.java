package org.refuge.assistance.rest;

import java.util.List;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.StockForms.CorrectionForm;
import org.refuge.assistance.application.StockForms.ReceiptForm;
import org.refuge.assistance.application.StockService;
import org.refuge.assistance.infrastructure.StockLedger.Balance;
import org.refuge.assistance.infrastructure.StockLedger.Row;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.SiteCode;

/**
 * The stock of a site (supervisors: every site; camp managers: their own, 403 elsewhere):
 * <ul>
 *   <li>{@code GET /api/v1/assistance/stock/{site}}: the balance per item and partner
 *       ({@code received} net of corrections, {@code distributed}, {@code balance});</li>
 *   <li>{@code GET .../{site}/entries?page=&size=}: the ledger, newest first (<i>paged</i>);</li>
 *   <li>{@code POST .../{site}/receipts} {@code {"itemCode", "partnerCode", "quantity", "receivedOn", "note"}}: goods received;</li>
 *   <li>{@code POST .../{site}/receipts/{id}/correction} {@code {"reason", "quantity"}}: the receipt reversed, and the right
 *       quantity (if above 0) received anew; the rows written. Nothing is edited or deleted.</li>
 * </ul>
 */
@Path("/v1/assistance/stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER})
public class StockResource {

    @Inject
    StockService stock;

    @GET
    @Path("{site}")
    public List<Balance> balances(@PathParam("site") SiteCode site) {
        return stock.balances(site);
    }

    @GET
    @Path("{site}/entries")
    public PageAnswer<Row> entries(@PathParam("site") SiteCode site, @BeanParam PageParams paging) {
        return PageAnswer.of(stock.entries(site, paging.request()));
    }

    @POST
    @Path("{site}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("site") SiteCode site, ReceiptForm form) {
        return Response.status(Response.Status.CREATED).entity(stock.receive(site, form)).build();
    }

    @POST
    @Path("{site}/receipts/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("site") SiteCode site, @PathParam("id") UUID receipt, CorrectionForm form) {
        return Response.status(Response.Status.CREATED).entity(stock.correct(site, receipt, form)).build();
    }
}
