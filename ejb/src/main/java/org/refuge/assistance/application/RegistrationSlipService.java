package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.document.RegistrationSlipPdf;
import org.refuge.assistance.document.SlipData;
import org.refuge.assistance.domain.RegistrationSlip;
import org.refuge.assistance.infrastructure.RegistrationSlips;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DocumentKeys;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.TypedPayloads;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;

/**
 * The registration slip: the registrar of the household's border crossing point (or a supervisor) prints it at
 * pre-registration, once; a lost or damaged slip is reprinted with its reason. Each print is recorded on the slip and
 * in the audit trail. Its QR code is signed with the identity documents' key ring under the slip's own payload type
 * ({@link SlipData#PAYLOAD_TYPE}), and the staff of every desk verify it here: genuine or not, and which household it
 * names as the registry holds it now.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
public class RegistrationSlipService {

    @Inject
    RegistryFacts registry;

    @Inject
    RegistrationSlips slips;

    @Inject
    DocumentKeys keys;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** How often a household's slip was printed, and when last; {@code prints} 0 before its first print. */
    public record SlipState(String registryNumber, int prints, Instant lastPrintedAt) {
    }

    public SlipState state(@NotNull RegistryNumber number) {
        HouseholdFacts household = household(number);
        Optional<RegistrationSlip> slip = slips.of(household.id());
        return new SlipState(number.value(), slip.map(RegistrationSlip::prints).orElse(0),
                slip.flatMap(RegistrationSlip::lastPrint).map(RegistrationSlip.Print::printedAt).orElse(null));
    }

    /** The slip's first print (A6 PDF); refused (409) once printed: a copy is a {@link #reprint}. */
    public byte[] print(@NotNull RegistryNumber number) {
        HouseholdFacts household = household(number);
        Optional<RegistrationSlip> printed = slips.of(household.id());
        if (printed.isPresent()) {
            throw printed.get().printedAlready();
        }
        slips.add(RegistrationSlip.firstPrint(household.id(), number, Instant.now(clock), currentUser.username()));
        audit.record(AuditAction.PRINT, "Household", number.value(), "registration slip printed");
        return render(household);
    }

    /** A copy of a slip printed before, with the reason (required, 400 without it); a slip never printed is printed first. */
    public byte[] reprint(@NotNull RegistryNumber number, @Size(max = 300, message = "{refuge.slip.reasonLength}") String reason) {
        HouseholdFacts household = household(number);
        RegistrationSlip slip = slips.of(household.id()).orElse(null);
        if (slip == null) {
            throw RegistrationSlip.notPrintedYet();
        }
        slip.reprint(reason, Instant.now(clock), currentUser.username());
        audit.record(AuditAction.PRINT, "Household", number.value(), "registration slip reprinted: " + reason.strip());
        return render(household);
    }

    /**
     * Checks a slip's QR text: {@code status} VALID for a genuine slip of a household in the registry; VOIDED when the
     * household has been voided since; UNKNOWN_HOUSEHOLD for a genuine slip this registry does not know; NOT_A_SLIP for
     * a genuine code of another paper (an identity card); INVALID_SIGNATURE (changed or forged), UNKNOWN_KEY or
     * MALFORMED otherwise. The household is named as the slip was signed; audited without personal data. Every role
     * that meets families at a desk may check a slip: the code carries nothing the family does not show anyway.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public SlipVerification verify(@NotNull(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        TypedPayloads.Verified verified = TypedPayloads.verify(keys.verifier(), qr);
        SlipVerification answer;
        if (verified.genuine(SlipData.PAYLOAD_TYPE)) {
            answer = genuine(verified.fields(), verified.keyId());
        } else if (verified.status() == DocumentVerifier.Status.VALID || isCard(qr)) {
            answer = SlipVerification.refused("NOT_A_SLIP");
        } else {
            answer = SlipVerification.refused(verified.status().name());
        }
        audit.record(AuditAction.READ, "Household", answer.registryNumber() == null ? "unknown" : answer.registryNumber(),
                "registration slip verification: " + answer.status());
        return answer;
    }

    private SlipVerification genuine(Map<String, String> fields, String keyId) {
        String number = fields.get("rn");
        int size;
        LocalDate arrived;
        try {
            size = Integer.parseInt(fields.getOrDefault("hs", ""));
            arrived = LocalDate.parse(fields.getOrDefault("ad", ""));
        } catch (NumberFormatException | DateTimeParseException e) {
            return SlipVerification.refused("MALFORMED");
        }
        if (number == null || fields.get("bcp") == null) {
            return SlipVerification.refused("MALFORMED");
        }
        Optional<HouseholdFacts> household = registryNumber(number).flatMap(registry::anyHousehold);
        String status = household.map(h -> "VOIDED".equals(h.status()) ? "VOIDED" : "VALID").orElse("UNKNOWN_HOUSEHOLD");
        return new SlipVerification(status, number, size, fields.get("bcp"), arrived, keyId, household.map(HouseholdFacts::status).orElse(null));
    }

    private boolean isCard(String qr) {
        return keys.verifier().verify(qr, LocalDate.now(clock)).identity() != null;
    }

    private static Optional<RegistryNumber> registryNumber(String value) {
        try {
            return Optional.of(new RegistryNumber(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The household, not voided, of the caller's sites (a supervisor's: any). */
    private HouseholdFacts household(RegistryNumber number) {
        HouseholdFacts household = registry.household(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        return household;
    }

    private byte[] render(HouseholdFacts household) {
        SlipData slip = new SlipData(household.registryNumber(), household.headName(), household.headNameLatin(), household.size(),
                household.siteCode(), LocalDate.ofInstant(household.arrivedAt(), settings.zone()),
                registry.headPhoto(household.id()).orElse(null));
        String qr = TypedPayloads.sign(keys.signer(), SlipData.PAYLOAD_TYPE, slip.signedFields());
        return new RegistrationSlipPdf().render(slip, qr);
    }
}
