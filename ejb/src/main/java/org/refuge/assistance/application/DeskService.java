package org.refuge.assistance.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.application.DistributionViews.Desk;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.Member;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.document.QrPicture;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Rounds;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DocumentService.Verification;
import org.refuge.protection.application.DocumentVerification;
import org.refuge.registration.application.HouseholdScope;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * What a desk at a site shows when a family presents itself (its slip's or identity card's QR, scanned or pasted, or
 * its registry number): the household, its members with their portraits, and what is due to it in the open rounds of the desk's
 * site, with what was collected already in each period (when, where). A desk serves every family the rules admit,
 * wherever it lives; each look-up is audited as a read of the household. A code comes typed (a handheld scanner, or
 * pasted) or in a picture of the desk's camera; both are checked alike.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class DeskService {

    /** The status of a picture without a readable QR code. */
    public static final String NO_QR_CODE = "NO_QR_CODE";

    /** The verdicts that have words of their own, per paper; any other is named by its code. */
    private static final Set<String> SLIP_VERDICTS = Set.of("VOIDED", "UNKNOWN_HOUSEHOLD", "INVALID_SIGNATURE", "UNKNOWN_KEY");
    private static final Set<String> CARD_VERDICTS = Set.of("INVALID_SIGNATURE", "UNKNOWN_KEY", "UNKNOWN_DOCUMENT", "REPORTED_STOLEN",
            "REPORTED_LOST", "REVOKED", "REPLACED", "EXPIRED", "NOT_YET_VALID", "NOT_HANDED_OVER");

    @Inject
    Rounds rounds;

    @Inject
    DistributionLists lists;

    @Inject
    RoundLines roundLines;

    @Inject
    RegistryFacts registry;

    @Inject
    RegistrationSlipService slips;

    @Inject
    DocumentVerification cards;

    @Inject
    HouseholdScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /**
     * What a scanned code names: {@code document} SLIP, CARD, or NONE (neither can be read); {@code status} the
     * verdict on it (a slip's as {@link SlipVerification}, a card's as protection's verification); and the household's
     * registry number only when the paper is accepted: a genuine slip of a household not voided, or a genuine card
     * within its validity, handed over, not reported lost or stolen, whose holder the registry knows.
     */
    public record Scan(String document, String status, String registryNumber) {

        public boolean accepted() {
            return registryNumber != null;
        }
    }

    /**
     * Reads a slip's QR, or else an identity card's through protection's verification (the signature, validity and
     * the document's state in the registry; audited there): a code that is no slip (a card's payload has no type of
     * its own) is checked as a card. A tampered or expired card, like a tampered slip, names no household.
     */
    public Scan scan(@NotNull(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        SlipVerification slip = slips.verify(qr);
        if (!"MALFORMED".equals(slip.status()) && !"NOT_A_SLIP".equals(slip.status())) {
            return new Scan("SLIP", slip.status(), slip.valid() ? slip.registryNumber() : null);
        }
        Verification card = cards.verify(qr);
        if ("MALFORMED".equals(card.status())) {
            return new Scan("NONE", "MALFORMED", null);
        }
        if (!"VALID".equals(card.status())) {
            return new Scan("CARD", card.status(), null);
        }
        return cards.holder(card.documentId()).flatMap(registry::householdOfPerson).filter(h -> !"VOIDED".equals(h.status()))
                .map(h -> new Scan("CARD", "VALID", h.registryNumber())).orElseGet(() -> new Scan("CARD", "UNKNOWN_DOCUMENT", null));
    }

    /**
     * Reads the QR code in a picture of the desk's camera and checks its text as {@link #scan} does a typed one. A
     * picture in which no code can be read is {@code NONE} / {@code NO_QR_CODE} (the desk asks for another one); one
     * that is no JPEG or PNG, or too large, is refused (400, field {@code picture}).
     */
    public Scan scanPicture(@NotNull(message = "{refuge.desk.picture}") byte[] picture) {
        return QrPicture.read(picture).map(this::scan).orElseGet(() -> new Scan("NONE", NO_QR_CODE, null));
    }

    /** A desk's answer to a scanned paper: which paper it was ({@code SLIP}, {@code CARD}) and the household as the desk shows it. */
    public record Presented(String document, Desk desk) {
    }

    /**
     * The household a slip's or an identity card's QR names, as the desk at {@code site} shows it: the code checked as
     * {@link #scan} does, then {@link #household}. The desk's site is checked first (403 outside the caller's sites).
     * A code that is neither paper's is refused as invalid (400, field {@code qr}); a paper that is read but not
     * accepted (changed, voided, reported lost or stolen, expired, unknown) as a conflict (409) whose words say why,
     * with {@code document} and {@code verdict} for a client.
     */
    public Presented present(@NotNull SiteCode site,
                             @NotNull(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        currentUser.requireSite(site);
        Scan scan = scan(qr.strip());
        if ("NONE".equals(scan.document())) {
            throw Refusal.invalid("qr", "refuge.desk.unreadable");
        }
        if (!scan.accepted()) {
            throw refused(scan);
        }
        return new Presented(scan.document(), household(site, RegistryNumber.parse(scan.registryNumber())));
    }

    private static Refusal refused(Scan scan) {
        String paper = scan.document().toLowerCase(Locale.ROOT);
        boolean worded = ("SLIP".equals(scan.document()) ? SLIP_VERDICTS : CARD_VERDICTS).contains(scan.status());
        Refusal refusal = worded ? Refusal.conflict("qr", "refuge.desk." + paper + "." + scan.status().toLowerCase(Locale.ROOT))
                : Refusal.conflict("qr", "refuge.desk." + paper + ".refused", scan.status());
        return refusal.with("document", scan.document()).with("verdict", scan.status());
    }

    /**
     * The desk's view of a household (404 for none, or a voided one), at a site of the caller's (403 elsewhere). A family
     * the open rounds of the site have lines for is shown wherever it lives (it presents its slip); any other only to
     * those who may read its file anyway (registration's scope), so that a desk is no window on the whole registry.
     */
    public Desk household(@NotNull SiteCode site, @NotNull RegistryNumber number) {
        currentUser.requireSite(site);
        HouseholdFacts household = registry.household(number).orElseThrow(RegistryFacts::unknownHousehold);
        List<RoundRow> open = new ArrayList<>();
        List<DueLine> due = new ArrayList<>();
        for (DistributionRound round : rounds.openAt(site.value())) {
            List<RoundLines.Rule> rules = roundLines.visible(roundLines.rules(round));
            open.add(roundLines.row(round));
            due.addAll(roundLines.due(round, rules, lists.ofHousehold(roundLines.parts(rules), round.heldOn(), household.id()), household));
        }
        if (due.isEmpty()) {
            scope.requireReadable(household.id(), household.site());
        }
        List<Member> members = registry.members(household.id()).stream().map(m -> new Member(m.personId(), m.name(), m.relationship(),
                m.sex(), m.birthDate(), m.photoId() == null ? null : registry.photo(m.photoId()).orElse(null))).toList();
        byte[] head = members.isEmpty() ? registry.headPhoto(household.id()).orElse(null) : null;
        audit.record(AuditAction.READ, "Household", household.registryNumber(), "assistance desk at " + site.value());
        return new Desk(household.registryNumber(), household.headName(), household.headNameLatin(), household.status(),
                household.size(), household.siteCode(), head, members, open, due);
    }
}
