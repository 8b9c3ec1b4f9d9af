package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.domain.AidCollection;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.Payment;
import org.refuge.assistance.domain.PaymentList;
import org.refuge.assistance.domain.StockEntry;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.CollectionLedger;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Payments;
import org.refuge.assistance.infrastructure.Rounds;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RegistryFacts;

/**
 * Cash through a paying agency (issue 14, item 6). A payment list of a round puts every cash line of the round's list
 * still due (per household or per person, the amount by the rule's size bands) on a list for the agency named; each
 * line is a collection "paid via" the agency, so the database's once-per-period index keeps it from being listed
 * twice, paid twice, or handed out at a desk as well. The agency's answer marks each line PAID (with its reference)
 * or FAILED (with its reason): a failed line's collection is voided and the amount returned to the stock, so a later
 * list or a desk can pay it. Social workers and camp managers at the round's site, supervisors everywhere.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class PaymentService {

    /** The most lines one list reads the round's list for at a time. */
    private static final int CHUNK = PageRequest.MAX_SIZE;

    /** The round whose cash lines are listed, and the agency named on the list. */
    public record ListForm(@NotNull UUID roundId, @NotBlank @Size(max = 200) String agency) {
    }

    /** The answer for one line: paid with its reference, or failed with its reason. */
    public record Mark(@NotNull UUID lineId, @NotNull Payment.Status status, @Size(max = 100) String reference, @Size(max = 300) String reason) {
    }

    /** A list as others see it, with its lines counted by status and its total. */
    public record ListView(UUID id, UUID roundId, String siteCode, String agency, String currency, Instant createdAt, String createdBy,
                           long listed, long paid, long failed) {
    }

    /** A line of a list: who is paid what, for which rule and period, and what the agency answered. */
    public record LineView(UUID id, String registryNumber, String headName, UUID personId, String personName, String entitlementCode,
                           String itemCode, BigDecimal amount, String currency, LocalDate periodFrom, LocalDate periodUntil,
                           Payment.Status status, String reference, String failureReason, Instant markedAt) {
    }

    /** What became of one mark: the line's status now, or why it was refused (a message key and its argument). */
    public record MarkResult(UUID lineId, Payment.Status status, String refusal) {
    }

    @Inject
    Rounds rounds;

    @Inject
    RoundLines roundLines;

    @Inject
    DistributionLists lists;

    @Inject
    CollectionLedger ledger;

    @Inject
    StockLedger stock;

    @Inject
    Payments payments;

    @Inject
    Catalogue catalogue;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** Lists the round's cash lines still due for {@code form.agency} (400 when the round has no cash rule, 409 when closed). */
    public ListView create(@NotNull @Valid ListForm form) {
        DistributionRound round = rounds.find(form.roundId()).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        round.requireOpen();
        List<RoundLines.Rule> cash = roundLines.visible(roundLines.rules(round)).stream()
                .filter(r -> catalogue.item(r.terms().itemCode()).filter(i -> i.category() == ItemCategory.CASH).isPresent()).toList();
        if (cash.isEmpty()) {
            throw Refusal.invalid("roundId", "refuge.payment.noCash");
        }
        Instant now = Instant.now(clock);
        String currency = catalogue.item(cash.get(0).terms().itemCode()).orElseThrow().unit().name();
        PaymentList list = new PaymentList(round.id(), form.agency(), currency, now, currentUser.username());
        payments.add(list);
        List<DistributionLists.Part> parts = roundLines.parts(cash);
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        long listed = 0;
        for (int first = 0; ; first += CHUNK) {
            List<DistributionLists.Line> page = lists.page(parts, round.heldOn(), round.siteCode(), new PageRequest(first, CHUNK));
            for (DistributionLists.Line line : page) {
                if (line.collectionId() == null && listed(round, cash.get(line.part()), line, list, now, today)) {
                    listed++;
                }
            }
            if (page.size() < CHUNK) {
                break;
            }
        }
        audit.record(AuditAction.CREATE, "PaymentList", list.id().toString(), "payment list of " + listed + " cash lines of round " + round.id());
        return view(list, round);
    }

    /** One line on the list, unless the entitlement was listed, paid or collected in its period meanwhile. */
    private boolean listed(DistributionRound round, RoundLines.Rule rule, DistributionLists.Line line, PaymentList list, Instant now,
                           LocalDate today) {
        AidCollection collection = AidCollection.paidThrough(new AidCollection.Handed(round.id(), rule.line().entitlementId(),
                rule.version().id(), line.householdId(), line.personId(), rule.line().periodFrom(), rule.line().periodUntil(),
                round.siteCode(), rule.terms().itemCode(), rule.terms().partnerCode(), RoundLines.quantity(rule.terms(), line)),
                list.agency(), now, currentUser.username());
        if (!ledger.addOnce(collection)) {
            return false;
        }
        stock.add(StockEntry.distribution(collection, today));
        payments.add(new Payment(list.id(), collection.id()));
        return true;
    }

    public ListView get(@NotNull UUID listId) {
        PaymentList list = payments.list(listId).orElseThrow(PaymentList::unknown);
        DistributionRound round = rounds.find(list.roundId()).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        return view(list, round);
    }

    /** One page of the round's payment lists, newest first, each with its lines counted by status. */
    public Page<ListView> lists(@NotNull UUID roundId, @NotNull PageRequest request) {
        DistributionRound round = rounds.find(roundId).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        return payments.listsOf(roundId, request).map(list -> view(list, round));
    }

    /** One page of a list's lines with the exact count; the first page's read is audited (the list names households). */
    public Page<LineView> lines(@NotNull UUID listId, @NotNull PageRequest request) {
        PaymentList list = payments.list(listId).orElseThrow(PaymentList::unknown);
        currentUser.requireSite(rounds.find(list.roundId()).orElseThrow(DistributionRound::unknown).site());
        Page<Payment> page = payments.lines(listId, request);
        Map<UUID, AidCollection> collections = new java.util.HashMap<>();
        page.items().forEach(p -> ledger.find(p.collectionId()).ifPresent(c -> collections.put(p.id(), c)));
        Map<UUID, RegistryFacts.HouseholdFacts> households = registry.householdsOf(
                collections.values().stream().map(AidCollection::householdId).distinct().toList());
        Map<UUID, String> names = registry.names(collections.values().stream().map(AidCollection::personId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        if (request.first() == 0) {
            audit.record(AuditAction.READ, "PaymentList", listId.toString(), "payment list lines");
        }
        return page.map(p -> {
            AidCollection c = collections.get(p.id());
            RegistryFacts.HouseholdFacts h = households.get(c.householdId());
            return new LineView(p.id(), h == null ? null : h.registryNumber(), h == null ? null : h.headName(), c.personId(),
                    c.personId() == null ? null : names.get(c.personId()), roundLines.entitlementCode(c.entitlementId()), c.itemCode(),
                    c.quantity(), list.currency(), c.periodFrom(), c.periodUntil(), p.status(), p.reference(), p.failureReason(), p.markedAt());
        });
    }

    /**
     * The agency's answer, line by line: each line is marked once (a second mark is refused for that line alone, the
     * others are marked); a failed line's collection is voided and its amount returned to the stock.
     */
    public List<MarkResult> mark(@NotNull UUID listId, @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid Mark> marks) {
        PaymentList list = payments.list(listId).orElseThrow(PaymentList::unknown);
        currentUser.requireSite(rounds.find(list.roundId()).orElseThrow(DistributionRound::unknown).site());
        Instant now = Instant.now(clock);
        List<MarkResult> results = new ArrayList<>();
        for (Mark mark : marks) {
            Payment line = payments.lockedLine(listId, mark.lineId()).orElse(null);
            if (line == null) {
                results.add(new MarkResult(mark.lineId(), null, "refuge.payment.lineUnknown"));
                continue;
            }
            try {
                if (mark.status() == Payment.Status.PAID) {
                    line.paid(mark.reference(), now, currentUser.username());
                } else if (mark.status() == Payment.Status.FAILED) {
                    line.failed(mark.reason(), now, currentUser.username());
                    voidFailed(line, mark.reason().strip(), now);
                } else {
                    throw Refusal.invalid("status", "refuge.payment.status");
                }
                audit.record(AuditAction.UPDATE, "Payment", line.id().toString(), "payment marked " + line.status());
                results.add(new MarkResult(line.id(), line.status(), null));
            } catch (Refusal refused) {
                results.add(new MarkResult(line.id(), line.status(), refused.messageKey()));
            }
        }
        return results;
    }

    private void voidFailed(Payment line, String reason, Instant now) {
        AidCollection collection = ledger.locked(line.collectionId()).orElseThrow(AidCollection::unknown);
        String why = "payment failed: " + reason;
        collection.voidRecord(why.length() > 300 ? why.substring(0, 300) : why, now, currentUser.username());
        stock.distributionOf(collection.id()).ifPresent(d -> stock.add(d.returned(why, now, currentUser.username())));
    }

    private ListView view(PaymentList list, DistributionRound round) {
        long[] counts = payments.counts(list.id());
        return new ListView(list.id(), list.roundId(), round.siteCode(), list.agency(), list.currency(), list.createdAt(), list.createdBy(),
                counts[Payment.Status.LISTED.ordinal()], counts[Payment.Status.PAID.ordinal()], counts[Payment.Status.FAILED.ordinal()]);
    }
}
