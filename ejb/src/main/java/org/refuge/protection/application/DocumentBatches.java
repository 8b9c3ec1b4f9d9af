package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.persistence.BulkRequests;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DocumentService.DocumentView;
import org.refuge.protection.document.CardSheets;
import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.protection.infrastructure.IdentityDocuments;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Cards in batches, for the police at the volume of a mass influx: the documents of up to {@value #MAX} households
 * produced in one action, and up to {@value #MAX} cards printed as one PDF ({@link CardSheets}).
 * <p>
 * A batch of production runs each household in a transaction of its own ({@link DocumentBatchItem}), through the same
 * role, site scope and rules as the single production, so that one household's refusal never undoes the others'
 * cards; each household answers PRODUCED (with the documents made), ALREADY_PRODUCED (nothing was due: its current
 * documents) or REFUSED (with the refusal's key and arguments, for the caller's language). A retry produces nothing
 * twice, with or without its {@code Idempotency-Key}: the households done the first time answer ALREADY_PRODUCED.
 * The key is claimed before the first household ({@link BulkRequests}): a key sent again with another batch is refused
 * (422), and so is a retry while the first still runs (409).
 * <p>
 * A batch print records every card's print as the single print does (a reprint needs its reason, given once for the
 * batch) and audits each; the batch is one transaction: the PDF and its records go together.
 */
@Stateless
public class DocumentBatches {

    /** The most households (or cards) one batch takes. */
    public static final int MAX = 500;

    static final String PRODUCE = "produce a batch of identity documents";

    private static final Logger LOG = Logger.getLogger(DocumentBatches.class.getName());

    @Inject
    DocumentBatchItem items;

    @Inject
    BulkRequests requests;

    @Inject
    DocumentService service;

    @Inject
    IdentityDocuments documents;

    @Inject
    DocumentClock documentClock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What became of one household of a batch. */
    public enum Outcome { PRODUCED, ALREADY_PRODUCED, REFUSED }

    /**
     * One household's result: the documents produced now, or its current ones when nothing was due; for a refusal the
     * {@code ValidationMessages} key and its arguments (the members' names it concerns), said in the caller's language
     * by the screen or the API.
     */
    public record Produced(String registryNumber, Outcome outcome, List<DocumentView> documents, String refusalKey,
                           List<String> refusalArguments) implements java.io.Serializable {
    }

    /**
     * Produces the documents of each household named (each once, in the order given), one transaction each; no
     * transaction spans the batch, so that its length is bounded by no transaction timeout.
     */
    @RolesAllowed(Roles.POLICE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Produced> produce(@NotNull @Size(min = 1, max = MAX, message = "{refuge.document.batch.size}") List<@NotNull RegistryNumber> households,
                                  @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        // a retry after the first answered runs again: what the first produced is answered as produced already
        BulkRequests.Claim claim = requests.claim(idempotencyKey, PRODUCE);
        boolean retry = claim.earlier().isPresent();
        try {
            List<Produced> results = new ArrayList<>();
            for (RegistryNumber household : new LinkedHashSet<>(households)) {
                results.add(produceOne(household));
            }
            long produced = results.stream().filter(r -> r.outcome() == Outcome.PRODUCED).count();
            if (!retry) {
                requests.keep(claim, produced + " produced", () -> { });
            }
            LOG.log(Level.FINE, "batch of {0} households{1}: {2} produced", new Object[] {results.size(), retry ? " (a retry)" : "", produced});
            return results;
        } catch (RuntimeException failed) {
            if (!retry) {
                requests.releaseAfter(claim, failed);
            }
            throw failed;
        }
    }

    private Produced produceOne(RegistryNumber household) {
        try {
            return new Produced(household.value(), Outcome.PRODUCED, items.produce(household), null, List.of());
        } catch (Refusal refusal) {
            if ("nothingToProduce".equals(ProtectionRefusals.rule(refusal))) {
                List<DocumentView> current = service.documents(household).stream()
                        .filter(d -> IdentityDocument.Status.valueOf(d.status()).current()).toList();
                if (!current.isEmpty()) {
                    return new Produced(household.value(), Outcome.ALREADY_PRODUCED, current, null, List.of());
                }
            }
            return refusedItem(household, refusal.messageKey(), refusal.arguments());
        } catch (EJBAccessException denied) {
            throw denied;
        } catch (EJBException failed) {
            // a conflict at commit (another officer at the same household): this household only, to be tried again
            LOG.log(Level.WARNING, "a household of a card batch failed: {0}", failed.getClass().getSimpleName());
            return refusedItem(household, "refuge.document.batch.failed", new Object[0]);
        }
    }

    private static Produced refusedItem(RegistryNumber household, String key, Object[] arguments) {
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new Produced(household.value(), Outcome.REFUSED, List.of(), key, List.copyOf(texts));
    }

    /**
     * The cards named (each once, in the order given) as one PDF in the layout; every card's print is recorded and
     * audited as a single print is. Cards printed before are reprinted only with a reason (refused, naming how many, when
     * there is none); a document that is not current or outside the reader's sites refuses the batch.
     */
    @RolesAllowed(Roles.POLICE)
    public byte[] print(@NotNull @Size(min = 1, max = MAX, message = "{refuge.document.batch.size}") List<@NotNull UUID> documentIds,
                        @NotNull(message = "{refuge.document.batch.layout}") CardSheets.Layout layout,
                        @Size(max = 300, message = "{refuge.document.reprintReason}") String reason) {
        List<IdentityDocument> batch = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(documentIds)) {
            IdentityDocument document = documents.find(id).orElseThrow(() -> refused("documentEnded"));
            currentUser.requireSite(new SiteCode(document.siteCode()));
            batch.add(document);
        }
        // the households' turns, always in the same order, so that two batches never wait for each other
        batch.stream().map(IdentityDocument::householdId).distinct().sorted(Comparator.naturalOrder()).forEach(documentClock::takeTurn);
        batch.forEach(documents::refresh);
        long printedBefore = batch.stream().filter(d -> d.prints() > 0).count();
        if (printedBefore > 0 && (reason == null || reason.isBlank())) {
            throw Refusal.conflict("reason", "refuge.document.batch.reprint", printedBefore).with("rule", "reprintReason");
        }
        Instant now = Instant.now(clock);
        List<byte[]> cards = new ArrayList<>();
        for (IdentityDocument document : batch) {
            boolean reprint = document.print(reason, now, currentUser.username());
            audit.record(AuditAction.PRINT, "IdentityDocument", document.number(), reprint ? "reprinted" : "printed"); // the reason is on the print
            cards.add(document.pdf());
        }
        documents.flush();
        return CardSheets.compose(cards, layout);
    }
}
