package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.protection.document.CardData;
import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.IdCardPdf;
import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.protection.infrastructure.IdentityDocuments;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts.MemberFacts;
import org.refuge.shared.DocumentNumber;
import org.refuge.shared.PersonId;

/**
 * Produces the identity documents of a household's protected members who have no current document that covers their
 * protection: from the registry's data and photo, never retyped, signed once per household. A member whose current
 * document ends before the protection (extended since) or whose last one was lost or stolen gets a replacement.
 * Refused when a member has no photo, or no citizenship and is not stateless. Runs in the caller's transaction and
 * turn.
 */
@ApplicationScoped
public class DocumentProduction {

    /** Who issues the cards. */
    public static final String AUTHORITY = "Police of the Republic of Armenia, Passport and Visa Department / "
            + "ՀՀ ոստիկանության անձնագրային և վիզաների վարչություն";

    @Inject
    RegistryFacts registry;

    @Inject
    ProtectedHouseholds households;

    @Inject
    IdentityDocuments documents;

    @Inject
    DocumentKeys keys;

    @Inject
    RefugeSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** A member who needs a document, with the protection it covers and the document it replaces (if any). */
    private record Due(MemberFacts member, ProtectionStatus protection, Optional<IdentityDocument> predecessor) {
    }

    /** The documents produced, in the household's order. */
    public List<IdentityDocument> produce(HouseholdFacts household) {
        List<Due> due = due(household);
        if (due.isEmpty()) {
            throw refused("nothingToProduce");
        }
        List<String> withoutPhoto = due.stream().map(Due::member).filter(m -> m.photoId() == null).map(MemberFacts::name).toList();
        if (!withoutPhoto.isEmpty()) {
            throw refused("noPhoto", String.join(", ", withoutPhoto));
        }
        List<String> withoutCitizenship = due.stream().map(Due::member).filter(m -> !m.stateless() && m.citizenships().isEmpty())
                .map(MemberFacts::name).toList();
        if (!withoutCitizenship.isEmpty()) {
            // never print a citizenship the registry does not have
            throw refused("noCitizenship", String.join(", ", withoutCitizenship));
        }
        // one signer for the household: its key is read and checked against the public key once
        DocumentSigner signer = keys.signer();
        IdCardPdf cards = new IdCardPdf(signer);
        Instant now = Instant.now(clock);
        List<IdentityDocument> produced = new ArrayList<>();
        for (Due next : due) {
            CardData card = card(household, next, DocumentNumber.of(now.atZone(settings.zone()).getYear(), documents.nextNumber()));
            IdentityDocument.Card printed = new IdentityDocument.Card(card.documentNumber(), next.member().personId(), household.id(),
                    household.siteCode(), card.validFrom(), card.validUntil(), signer.sign(card), cards.render(card));
            IdentityDocument document;
            if (next.predecessor().isPresent()) {
                document = next.predecessor().get().replaceWith(printed, now, currentUser.username());
                documents.flush(); // one current document per person: the one this replaces ends first
            } else {
                document = IdentityDocument.produce(printed, now, currentUser.username());
            }
            documents.add(document);
            produced.add(document);
        }
        audit.record(AuditAction.CREATE, "IdentityDocument", household.registryNumber(), produced.size() + " identity documents produced");
        return produced;
    }

    /** Registered members with active protection and no current document valid as long as it. */
    private List<Due> due(HouseholdFacts household) {
        Map<java.util.UUID, ProtectionStatus> protections = households.protections(household.id());
        List<Due> due = new ArrayList<>();
        for (MemberFacts member : registry.members(household.id())) {
            ProtectionStatus protection = protections.get(member.personId());
            if (protection == null || !protection.status().active()) {
                continue;
            }
            PersonId person = PersonId.of(member.personId());
            Optional<IdentityDocument> current = documents.currentOf(person);
            if (current.isPresent() && !current.get().validUntil().isBefore(protection.validUntil())) {
                continue;
            }
            due.add(new Due(member, protection, current.isPresent() ? current : documents.lastMissingOf(person)));
        }
        return due;
    }

    private CardData card(HouseholdFacts household, Due due, DocumentNumber number) {
        MemberFacts m = due.member();
        byte[] photo = registry.photo(m.photoId()).orElseThrow();
        return new CardData(number.value(), household.registryNumber(), m.givenName(), m.familyName(), m.givenNameLatin(), m.familyNameLatin(),
                m.sex(), m.birthDate(), precision(m.birthPrecision()), m.stateless() ? CardData.STATELESS : m.citizenships().get(0),
                due.protection().validFrom(), due.protection().validUntil(), AUTHORITY, photo);
    }

    private static CardData.BirthPrecision precision(String registered) {
        return switch (registered) {
            case "EXACT" -> CardData.BirthPrecision.EXACT;
            case "MONTH" -> CardData.BirthPrecision.MONTH;
            default -> CardData.BirthPrecision.YEAR;
        };
    }
}
