package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.application.DistributionViews.RoundRule;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.domain.EntitlementTerms;
import org.refuge.assistance.domain.EntitlementVersion;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.CollectionLedger;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Entitlements;
import org.refuge.assistance.infrastructure.StockLedger;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Sensitivity;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * What the rounds and the desks share: a round's rules with their versions, the query parts of its list, the
 * quantities due, and the data-protection rule of rounds. A rule limited to a sensitive specific-need category (SV,
 * TR, SM) names who has that need: its round is opened and its list read only by the readers of
 * {@link Sensitivity#SENSITIVE_NEEDS} (403 for the others), and a desk shows its lines to them alone.
 */
@ApplicationScoped
public class RoundLines {

    /** The message key of the refusal of a round with a sensitive rule to a reader who may not know of such needs. */
    public static final String SENSITIVE = "refuge.round.sensitive";

    @Inject
    Entitlements entitlements;

    @Inject
    Catalogue catalogue;

    @Inject
    CollectionLedger collections;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    /** A rule of a round with the terms of its version. */
    public record Rule(DistributionRound.Line line, EntitlementVersion version) {
        public EntitlementTerms terms() {
            return version.terms();
        }
    }

    public List<Rule> rules(DistributionRound round) {
        return round.lines().stream().map(l -> new Rule(l, entitlements.version(l.versionId()).orElseThrow())).toList();
    }

    /**
     * The query parts of the rules. A rule per person that asks nothing of the person gives a household whose members
     * are not registered yet one line for its declared size, for goods in kind only: cash is paid to registered persons
     * (the agency's list names each payee, as Armenia's 2023 programme paid per registered person), so it waits.
     */
    public List<DistributionLists.Part> parts(List<Rule> rules) {
        return rules.stream().map(r -> new DistributionLists.Part(r.line().entitlementId(), r.line().periodFrom(), r.terms(),
                r.terms().forDeclaredSize() && catalogue.item(r.terms().itemCode()).filter(i -> i.category() == ItemCategory.CASH).isEmpty()))
                .toList();
    }

    /** The code of a rule (its id when the rule is unknown, which the foreign key rules out). */
    public String entitlementCode(UUID entitlementId) {
        return entitlements.find(entitlementId).map(org.refuge.assistance.domain.Entitlement::code).orElse(entitlementId.toString());
    }

    /** Whether a rule is limited to a sensitive specific-need category. */
    public boolean sensitive(EntitlementTerms terms) {
        return terms.needCategory() != null && referenceData.specificNeeds().stream()
                .anyMatch(n -> n.category().equals(terms.needCategory()) && n.sensitive());
    }

    /** Whether the caller may know of sensitive needs. */
    public boolean readsSensitive() {
        return Sensitivity.SENSITIVE_NEEDS.readableBy(currentUser.actingRoles());
    }

    /** The rules whose lines the caller may see: a sensitive rule's only for the readers of sensitive needs. */
    public List<Rule> visible(List<Rule> rules) {
        return readsSensitive() ? rules : rules.stream().filter(r -> !sensitive(r.terms())).toList();
    }

    /** Refuses (403) a round with a sensitive rule to a caller who may not know of sensitive needs. */
    public void requireReadable(List<Rule> rules) {
        if (!readsSensitive() && rules.stream().anyMatch(r -> sensitive(r.terms()))) {
            throw Refusal.forbidden(SENSITIVE).with("rule", "SENSITIVE_NEEDS");
        }
    }

    public RoundRow row(DistributionRound round) {
        List<RoundRule> rules = rules(round).stream().map(r -> {
            EntitlementTerms t = r.terms();
            return new RoundRule(r.line().entitlementId(), r.version().entitlement().code(), r.version().number(), t.itemCode(), t.per(),
                    t.period(), t.partnerCode(), r.line().periodFrom(), r.line().periodUntil());
        }).toList();
        return new RoundRow(round.id(), round.siteCode(), round.heldOn(), round.status(), rules, round.openedAt(), round.openedBy(),
                round.closedAt(), round.closedBy(), collections.countInRound(round.id()));
    }

    /** The quantity a line is due ({@link EntitlementTerms#quantityOfLine}): a person's, or a household's by its size. */
    public static BigDecimal quantity(EntitlementTerms terms, DistributionLists.Line line) {
        return StockLedger.decimal(terms.quantityOfLine(line.persons(), line.personId() != null));
    }

    /** The list's lines as read models, with the heads' names from registration's read API (one query). */
    public List<DueLine> due(DistributionRound round, List<Rule> rules, List<DistributionLists.Line> lines) {
        return due(round, rules, lines, registry.households(lines.stream().map(l -> new RegistryNumber(l.registryNumber())).distinct().toList()));
    }

    /** The lines of one household the caller has read already (a desk): no query for its head's name. */
    public List<DueLine> due(DistributionRound round, List<Rule> rules, List<DistributionLists.Line> lines, RegistryFacts.HouseholdFacts household) {
        return due(round, rules, lines, Map.of(new RegistryNumber(household.registryNumber()), household));
    }

    private List<DueLine> due(DistributionRound round, List<Rule> rules, List<DistributionLists.Line> lines,
                              Map<RegistryNumber, RegistryFacts.HouseholdFacts> heads) {
        List<DueLine> due = new ArrayList<>(lines.size());
        for (DistributionLists.Line l : lines) {
            Rule rule = rules.get(l.part());
            EntitlementTerms t = rule.terms();
            RegistryFacts.HouseholdFacts head = heads.get(new RegistryNumber(l.registryNumber()));
            due.add(new DueLine(round.id(), rule.line().entitlementId(), rule.version().entitlement().code(), t.itemCode(), t.per(),
                    l.registryNumber(), head == null ? null : head.headName(), l.persons(), l.personId(), l.personName(),
                    quantity(t, l), rule.line().periodFrom(), rule.line().periodUntil(), l.collectionId(), l.collectedAt(),
                    l.collectedSite()));
        }
        return due;
    }

    /** The line of {@code due} a request names (entitlement, and person for a rule per person), if any. */
    public static DueLine find(List<DueLine> due, UUID entitlementId, PersonId person) {
        UUID id = person == null ? null : person.value();
        return due.stream().filter(d -> d.entitlementId().equals(entitlementId) && Objects.equals(d.personId(), id))
                .findFirst().orElse(null);
    }
}
