package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.application.DistributionForms.CollectionForm;
import org.refuge.assistance.application.DistributionForms.LineRef;
import org.refuge.assistance.application.DistributionViews.CollectionRow;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.domain.AidCollection;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.infrastructure.CollectionLedger;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Rounds;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.IdempotentRequests;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Collection at a desk: a social worker or camp manager at an open round of their site (a supervisor at any) records
 * what a household received, to whom it was handed (a registered member, or a proxy by name) and by whom. A desk serves
 * every family the round's rules admit, wherever it lives: the family shows its slip or card. The same entitlement is
 * collected once per beneficiary and period, whatever desk, site or retry asks; the database's unique index decides
 * ({@link CollectionLedger#addOnce}), and the refusal (409) says when and where it was collected. A request with an
 * {@code Idempotency-Key} takes effect once and a retry answers the first one's lines. Each line writes its
 * DISTRIBUTION row in the stock ledger, and goods in kind are handed out only from what the site holds of them from the
 * rule's partner ({@link StockTaking}: 409 naming what is left, nothing written); a correction voids the line with its
 * reason and returns the goods to the stock.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class CollectionService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Rounds rounds;

    @Inject
    CollectionLedger ledger;

    @Inject
    StockLedger stock;

    @Inject
    StockTaking stockTaking;

    @Inject
    DistributionLists lists;

    @Inject
    RoundLines roundLines;

    @Inject
    RegistryFacts registry;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RefugeSettings settings;

    @Inject
    ActionPlanProgress progress;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records the lines handed over (none named: every line of the round still due to the household) and answers them.
     * 404 for no such round or household, 403 for a round of another site, 409 for a closed round or a line collected
     * in its period already (naming when and where) or goods the site's stock cannot cover (naming what is left), 400
     * for a line the household is not due or a receiver who is neither a member nor a named proxy.
     */
    public List<CollectionRow> record(@NotNull @Valid CollectionForm form,
                                      @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        DistributionRound round = rounds.find(form.getRoundId()).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        String operation = "collect in round " + round.id() + " for " + form.getRegistryNumber().strip();
        if (idempotent.earlier(idempotencyKey, operation).isPresent()) {
            return ledger.byRequest(currentUser.username(), idempotencyKey).stream().map(this::row).toList();
        }
        round.requireOpen();
        HouseholdFacts household = registry.household(registryNumber(form.getRegistryNumber()))
                .orElseThrow(RegistryFacts::unknownHousehold);
        List<RoundLines.Rule> rules = roundLines.visible(roundLines.rules(round));
        List<DueLine> due = roundLines.due(round, rules, lists.ofHousehold(roundLines.parts(rules), round.heldOn(), household.id()),
                household);
        List<DueLine> chosen = chosen(form.getLines(), due, household);
        if (form.getReceivedByPersonId() != null
                && registry.members(household.id()).stream().noneMatch(m -> m.personId().equals(form.getReceivedByPersonId()))) {
            throw Refusal.invalid("receivedByPersonId", "refuge.collection.receivedBy");
        }
        Instant now = Instant.now(clock);
        List<AidCollection> written = new ArrayList<>();
        List<CollectionRow> rows = new ArrayList<>();
        for (DueLine line : chosen) {
            RoundLines.Rule rule = rules.stream().filter(r -> r.line().entitlementId().equals(line.entitlementId())).findFirst().orElseThrow();
            AidCollection collection = AidCollection.record(new AidCollection.Handed(round.id(), line.entitlementId(), rule.version().id(),
                    household.id(), line.personId(), line.periodFrom(), line.periodUntil(), round.siteCode(), line.itemCode(),
                    rule.terms().partnerCode(), line.quantity()), form.getReceivedByPersonId(), form.getProxyName(), now,
                    currentUser.username(), idempotencyKey);
            if (!ledger.addOnce(collection)) {
                throw collectedAlready(line.entitlementCode(), ledger.blocking(collection));
            }
            written.add(collection);
            rows.add(row(collection, line.entitlementCode(), household.registryNumber()));
        }
        progress.collected(written);
        audit.record(AuditAction.CREATE, "Household", household.registryNumber(), written.size() + " assistance lines collected at "
                + round.siteCode() + " in round " + round.id());
        idempotent.remember(idempotencyKey, operation, written.stream().map(c -> c.id().toString()).collect(Collectors.joining(",")));
        // last: after the lines (StockLedger.lockedBalances says why), and the site's balances locked only until the commit
        stockTaking.take(written, LocalDate.ofInstant(now, settings.zone()));
        return rows;
    }

    /**
     * Voids a collection with its reason (400 without; 409 when voided already): the entitlement is free again in its
     * period, and the goods go back to the stock of the site where it was collected. At that site's desks (403 elsewhere).
     */
    public CollectionRow voidCollection(@NotNull UUID id, String reason) {
        AidCollection collection = ledger.locked(id).orElseThrow(AidCollection::unknown);
        currentUser.requireSite(new org.refuge.shared.SiteCode(collection.siteCode()));
        Instant now = Instant.now(clock);
        collection.voidRecord(reason, now, currentUser.username());
        stock.distributionOf(id).ifPresent(d -> stock.add(d.returned(reason, now, currentUser.username())));
        audit.record(AuditAction.VOID, "AssistanceCollection", id.toString(), "collection voided: " + reason.strip());
        return row(collection);
    }

    /** One page of a household's collections, voided ones too, newest first; of the caller's sites unless a supervisor. */
    public Page<CollectionRow> ofHousehold(@NotNull RegistryNumber number, @NotNull PageRequest request) {
        HouseholdFacts household = registry.anyHousehold(number).orElseThrow(RegistryFacts::unknownHousehold);
        return ledger.ofHousehold(household.id(), currentUser.seesAllSites(), currentUser.sites(), request)
                .map(c -> row(c, roundLines.entitlementCode(c.entitlementId()), household.registryNumber()));
    }

    /** The lines asked for, or every line still due; a household with everything collected hears when and where. */
    private List<DueLine> chosen(List<LineRef> asked, List<DueLine> due, HouseholdFacts household) {
        if (asked == null || asked.isEmpty()) {
            if (due.isEmpty()) {
                throw Refusal.invalid("lines", "refuge.collection.nothingDue");
            }
            List<DueLine> open = due.stream().filter(d -> !d.collected()).toList();
            if (open.isEmpty()) {
                DueLine first = due.get(0);
                throw collectedAlready(first.entitlementCode(), ledger.active(first.entitlementId(),
                        first.personId() != null ? first.personId() : household.id(), first.periodFrom()));
            }
            return open;
        }
        List<DueLine> chosen = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            UUID person = asked.get(i).getPersonId();
            DueLine line = RoundLines.find(due, asked.get(i).getEntitlementId(), person == null ? null : new PersonId(person));
            if (line == null) {
                throw Refusal.invalid("lines[" + i + "]", "refuge.collection.notDue");
            }
            if (!chosen.contains(line)) {
                chosen.add(line);
            }
        }
        return chosen;
    }

    /** The refusal of a second collection in a period: when (in the application's zone) and where the first one was. */
    private Refusal collectedAlready(String rule, Optional<AidCollection> first) {
        if (first.isEmpty()) {   // collected and voided between the insert and this read: the next attempt will do
            return Refusal.of(Refusal.Kind.CONFLICT, null, AidCollection.COLLECTED_ALREADY, rule, "-", "-");
        }
        AidCollection c = first.get();
        Map<String, Site> named = sites.byCodes(List.of(c.siteCode())).stream().collect(Collectors.toMap(Site::code, Function.identity()));
        String where = named.containsKey(c.siteCode()) ? named.get(c.siteCode()).name() + " (" + c.siteCode() + ")" : c.siteCode();
        return Refusal.of(Refusal.Kind.CONFLICT, null, AidCollection.COLLECTED_ALREADY, rule, WHEN.format(c.collectedAt().atZone(settings.zone())), where)
                .with("collectedAt", c.collectedAt().toString()).with("siteCode", c.siteCode()).with("collectionId", c.id().toString());
    }

    private static RegistryNumber registryNumber(String typed) {
        try {
            return RegistryNumber.parse(typed);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("registryNumber", "refuge.collection.household");
        }
    }

    private CollectionRow row(AidCollection c) {
        return row(c, roundLines.entitlementCode(c.entitlementId()),
                registry.householdOf(c.householdId()).map(HouseholdFacts::registryNumber).orElse(null));
    }

    /** The read model of a line whose rule code and household number the caller knows already. */
    private static CollectionRow row(AidCollection c, String rule, String number) {
        return new CollectionRow(c.id(), c.roundId(), c.entitlementId(), rule, number, c.personId(), c.itemCode(), c.partnerCode(),
                StockLedger.decimal(c.quantity()), c.periodFrom(), c.periodUntil(), c.siteCode(), c.receivedByPerson(), c.proxyName(),
                c.collectedAt(), c.collectedBy(), c.voidedAt(), c.voidedBy(), c.voidReason());
    }
}
