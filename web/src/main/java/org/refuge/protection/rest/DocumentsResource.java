package org.refuge.protection.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.ConstraintViolationMapper;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.Refusals;
import org.refuge.protection.application.DocumentBatches;
import org.refuge.protection.application.DocumentKeys;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentWorklists;
import org.refuge.protection.document.CardSheets;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.reporting.rest.WorklistParams;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Identity documents of temporary protection:
 * <ul>
 *   <li>{@code POST /api/v1/documents/households/{number}} produces the household's documents (police, 201);
 *       {@code GET} lists them (police, supervisors, caseworkers);</li>
 *   <li>{@code POST /api/v1/documents/{id}/prints} {@code {"reason"}} the ID-1 card to print, recorded (a reprint needs its reason);
 *       {@code POST .../{id}/handover} {@code {"handedTo"}}; {@code POST .../{id}/missing}
 *       {@code {"stolen", "circumstances"}} (police);</li>
 *   <li>{@code GET /api/v1/documents/queue?bcp=&deadlineFrom=&deadlineTo=&page=&size=} protected persons waiting for
 *       their document, with the three-day deadline and their BCP, most urgent first (police of their sites,
 *       supervisors), narrowed to a BCP and to deadlines on some days (both included): one page and the total, exact
 *       up to 10,000 ({@code {"items", "total", "totalIsAtLeast", "page", "size"}});</li>
 *   <li>{@code GET /api/v1/documents/deadlines} the supervisors' figures ({@code overdue}, {@code atRisk},
 *       {@code breachesTotal}, {@code lateHandovers}, {@code stillWaiting}) and its three lists, each paged with its
 *       total: {@code .../deadlines/overdue}, {@code .../deadlines/at-risk} and {@code .../deadlines/breaches}
 *       ({@code ?page=&size=});</li>
 *   <li>{@code POST /api/v1/documents/verification} {@code {"qr"}} (police, registrars, supervisors, caseworkers):
 *       the one verdict ({@code status}: VALID only for a genuine, current document handed over to its holder) and
 *       its {@code reason} in the caller's language, the offline {@code signature} check, the registry's
 *       {@code documentStatus}, the {@code portrait} URL of the holder's registry photo
 *       ({@code GET /api/v1/documents/{id}/portrait}, same roles) and {@code portraitMatches};
 *       {@code GET /api/v1/documents/public-key} the keys an offline verifier needs (current and retired).</li>
 *   <li>Cards in batches (police): {@code POST /api/v1/documents/bulk} {@code {"registryNumbers"}} (1 to 500) produces
 *       each household's documents in a transaction of its own and answers {@code {"items": [{"registryNumber",
 *       "result": PRODUCED|ALREADY_PRODUCED|REFUSED, "documents", "reason"}], "produced", "alreadyProduced",
 *       "refused"}}, the reason of a refusal in the caller's language; a retry (with or without its
 *       {@code Idempotency-Key}) produces nothing twice. {@code POST /api/v1/documents/prints/bulk}
 *       {@code {"documentIds", "layout": "card"|"a4", "reason"}} the cards as one PDF, one per ID-1 page or eight per
 *       A4 sheet with crop marks, every print recorded (a reprint needs its reason);
 *       {@code POST /api/v1/documents/scans} {@code {"qr"}} the handover desk: the document a card's code names
 *       ({@code {"registryNumber", "document", "portrait"}}), 400 for a code that is not a genuine card's.</li>
 * </ul>
 */
@Path("/v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER})
public class DocumentsResource {

    @Inject
    DocumentService documents;

    @Inject
    DocumentWorklists worklists;

    @Inject
    DocumentKeys keys;

    @Inject
    DocumentBatches batches;

    public record HandOver(String handedTo) {
    }

    public record Missing(Boolean stolen, String circumstances) {
    }

    public record Check(String qr) {
    }

    /** The answer of a verification: see {@link DocumentService.Verification}; {@code portrait} a URL, or null. */
    public record VerificationAnswer(String status, String reason, String signature, DocumentVerifier.Identity identity,
                                     String documentStatus, String portrait, Boolean portraitMatches) {
    }

    @POST
    @Path("households/{number}")
    @RolesAllowed(Roles.POLICE)
    public Response produce(@PathParam("number") RegistryNumber number) {
        return Response.status(Response.Status.CREATED).entity(documents.produce(number)).build();
    }

    @GET
    @Path("households/{number}")
    public List<DocumentService.DocumentView> household(@PathParam("number") RegistryNumber number) {
        return documents.documents(number);
    }

    /** What a print asks for: nothing the first time, the reason of a reprint. */
    public record PrintRequest(String reason) {
    }

    /** Prints the card: the print is recorded (a reprint needs its reason), so it is a POST; no GET changes anything. */
    @POST
    @Path("{id}/prints")
    @Produces("application/pdf")
    @RolesAllowed(Roles.POLICE)
    public Response print(@PathParam("id") UUID id, PrintRequest request) {
        return Response.ok(documents.print(id, request == null ? null : request.reason())).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"identity-document-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE)
    public Response handOver(@PathParam("id") UUID id, HandOver handOver) {
        documents.handOver(id, handOver == null ? null : handOver.handedTo());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/missing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE)
    public Response missing(@PathParam("id") UUID id, Missing missing) {
        if (missing == null || missing.stolen() == null) {
            throw new BadRequestException();
        }
        documents.reportMissing(id, missing.stolen(), missing.circumstances());
        return Response.noContent().build();
    }

    @GET
    @Path("queue")
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR})
    public PageAnswer<DocumentWorklists.Waiting> queue(@QueryParam("bcp") SiteCode bcp, @QueryParam("deadlineFrom") String deadlineFrom,
                                                       @QueryParam("deadlineTo") String deadlineTo, @BeanParam PageParams paging) {
        return PageAnswer.of(worklists.queue(new DocumentWorklists.CardFilter(bcp, WorklistParams.day("deadlineFrom", deadlineFrom),
                WorklistParams.day("deadlineTo", deadlineTo)), paging.request()));
    }

    /** Each registered member's three-day clock: deadline, current document, handover and whether it was on time. */
    @GET
    @Path("households/{number}/clock")
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER, Roles.REGISTRAR})
    public List<DocumentService.MemberClock> clock(@PathParam("number") RegistryNumber number) {
        return documents.clock(number);
    }

    /** The three-day clock for supervisors, in figures: persons overdue and at risk now, breaches recorded, late, still waiting. */
    @GET
    @Path("deadlines")
    @RolesAllowed(Roles.SUPERVISOR)
    public DocumentWorklists.DeadlineTotals deadlines() {
        return worklists.totals();
    }

    /** Persons still waiting past their deadline, most overdue first. */
    @GET
    @Path("deadlines/overdue")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<DocumentWorklists.Waiting> overdue(@BeanParam PageParams paging) {
        return PageAnswer.of(worklists.overdue(paging.request()));
    }

    /** Persons within 24 hours of their deadline, the closest first. */
    @GET
    @Path("deadlines/at-risk")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<DocumentWorklists.Waiting> atRisk(@BeanParam PageParams paging) {
        return PageAnswer.of(worklists.atRisk(paging.request()));
    }

    /** The breaches the process recorded, latest first, with their late handover or closure. */
    @GET
    @Path("deadlines/breaches")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<DocumentWorklists.Breach> breaches(@BeanParam PageParams paging) {
        return PageAnswer.of(worklists.breaches(paging.request()));
    }

    /** The registrar's confirmation that the day's photo sheets are printed: completes the print task. */
    @POST
    @Path("photo-print-tasks/{task}/printed")
    @RolesAllowed(Roles.REGISTRAR)
    public Response photoSheetsPrinted(@PathParam("task") String task) {
        documents.photoSheetsPrinted(task);
        return Response.noContent().build();
    }

    /** A supervisor has seen an escalation or a breach of the three-day deadline: completes that task. */
    @POST
    @Path("deadline-tasks/{task}/seen")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deadlineSeen(@PathParam("task") String task) {
        documents.deadlineSeen(task);
        return Response.noContent().build();
    }

    /** The A4 photo sheets of a site's day (yyyy-MM-dd in the service's time zone). */
    @GET
    @Path("photo-sheets/{site}/{day}")
    @Produces("application/pdf")
    @RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
    public Response photoSheets(@PathParam("site") SiteCode site, @PathParam("day") String day) {
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException();
        }
        return Response.ok(documents.photoSheets(site, date)).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"photos-" + site + "-" + date + ".pdf\"").build();
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public VerificationAnswer verify(Check check, @Context UriInfo uri, @Context HttpHeaders headers) {
        DocumentService.Verification v = documents.verify(check == null ? null : check.qr());
        String portrait = v.documentId() == null ? null
                : uri.getBaseUriBuilder().path("v1/documents/{id}/portrait").build(v.documentId()).toString();
        return new VerificationAnswer(v.status(), reason(headers, v.status()), v.signature(), v.identity(), v.documentStatus(),
                portrait, v.portraitMatches());
    }

    /** A batch of households whose documents are to be produced. */
    public record BatchRequest(List<String> registryNumbers) {
    }

    /** One household's result in a batch; {@code reason} the refusal in the caller's language. */
    public record BatchItem(String registryNumber, String result, List<DocumentService.DocumentView> documents, String reason) {
    }

    public record BatchAnswer(List<BatchItem> items, long produced, long alreadyProduced, long refused) {
    }

    /** Produces the documents of a batch of households, each in a transaction of its own, with a result per household. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE)
    public BatchAnswer produceBatch(@HeaderParam("Idempotency-Key") String idempotencyKey, BatchRequest request, @Context HttpHeaders headers) {
        List<String> typed = request == null || request.registryNumbers() == null ? List.of() : request.registryNumbers();
        List<RegistryNumber> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            try {
                numbers.add(RegistryNumber.parse(String.valueOf(typed.get(i))));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("registryNumbers[" + i + "]", "refuge.id.registryNumber");
            }
        }
        Locale locale = ConstraintViolationMapper.locale(headers);
        List<BatchItem> items = batches.produce(numbers, idempotencyKey).stream().map(p -> new BatchItem(p.registryNumber(), p.outcome().name(),
                p.documents(), p.refusalKey() == null ? null : Refusals.text(locale, p.refusalKey(), p.refusalArguments().toArray()))).toList();
        return new BatchAnswer(items, count(items, DocumentBatches.Outcome.PRODUCED), count(items, DocumentBatches.Outcome.ALREADY_PRODUCED),
                count(items, DocumentBatches.Outcome.REFUSED));
    }

    private static long count(List<BatchItem> items, DocumentBatches.Outcome outcome) {
        return items.stream().filter(i -> i.result().equals(outcome.name())).count();
    }

    /** A batch print: the documents, the layout ({@code card}, the default, or {@code a4}), the reason of a reprint. */
    public record BatchPrint(List<String> documentIds, String layout, String reason) {
    }

    /** Prints a batch of cards as one PDF; every card's print is recorded as a single print's is. */
    @POST
    @Path("prints/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @RolesAllowed(Roles.POLICE)
    public Response printBatch(BatchPrint request) {
        List<String> typed = request == null || request.documentIds() == null ? List.of() : request.documentIds();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            try {
                ids.add(UUID.fromString(String.valueOf(typed.get(i))));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("documentIds[" + i + "]", "refuge.document.batch.documentId");
            }
        }
        CardSheets.Layout layout = layout(request == null ? null : request.layout());
        byte[] pdf = batches.print(ids, layout, request == null ? null : request.reason());
        return Response.ok(pdf).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"identity-documents-" + layout.name().toLowerCase(Locale.ROOT) + ".pdf\"").build();
    }

    /** The layout asked for: {@code card} (also when none is named) or {@code a4}. */
    static CardSheets.Layout layout(String typed) {
        if (typed == null || typed.isBlank()) {
            return CardSheets.Layout.CARD;
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "card" -> CardSheets.Layout.CARD;
            case "a4" -> CardSheets.Layout.A4;
            default -> throw Refusal.invalid("layout", "refuge.document.batch.layout");
        };
    }

    /** What the handover desk scanned: the document, its holder's household, the URL of the holder's registry portrait. */
    public record ScanAnswer(String registryNumber, DocumentService.DocumentView document, String portrait) {
    }

    /** The handover desk: the document a card's QR names (a code that is not a genuine card's is refused, 400). */
    @POST
    @Path("scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE)
    public ScanAnswer scan(Check check, @Context UriInfo uri) {
        DocumentService.Scanned scanned = documents.scan(check == null ? null : check.qr());
        return new ScanAnswer(scanned.registryNumber(), scanned.document(),
                uri.getBaseUriBuilder().path("v1/documents/{id}/portrait").build(scanned.document().id()).toString());
    }

    /** The registry portrait of a verified document's holder (JPEG), to compare with the card and the person. */
    @GET
    @Path("{id}/portrait")
    @Produces("image/jpeg")
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public Response portrait(@PathParam("id") String id) {
        UUID document;
        try {
            document = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        byte[] jpeg = documents.portrait(document).orElseThrow(NotFoundException::new);
        return Response.ok(jpeg, "image/jpeg").header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("public-key")
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public Map<String, Object> publicKey() {
        return Map.of("keyId", keys.keyId(), "x509", keys.publicKeyBase64(), "retired", keys.retiredKeysBase64());
    }

    /** The verdict in words, in the first of the caller's languages the UI has. */
    private static String reason(HttpHeaders headers, String status) {
        return Messages.forCaller(headers, "verify.verdict." + status, status);
    }
}
