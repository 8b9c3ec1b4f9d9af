package org.refuge.assistance.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.RegistryNumber;

/**
 * A household's registration slip, as printed: one per household, created by its first print at pre-registration.
 * Every later print is a reprint (a lost or damaged slip) and needs its reason; prints are only ever added, never
 * changed or removed, so the record says who printed each copy, when and why. Two desks reprinting at once are kept
 * apart by the version.
 */
@Entity
@Table(name = "assistance_slip")
public class RegistrationSlip {

    /** The message key of the refusal of a second first print: the slip exists, a copy is a reprint with a reason. */
    public static final String PRINTED_ALREADY = "refuge.slip.printedAlready";
    /** The message key of the refusal of a reprint of a slip never printed. */
    public static final String NOT_PRINTED = "refuge.slip.notPrinted";
    /** The message key of the refusal of a reprint without its reason. */
    public static final String REASON_REQUIRED = "refuge.slip.reprintReason";

    /** One print of the slip: when, by whom, and for a reprint why. */
    @Embeddable
    public record Print(@Column(name = "printed_at", nullable = false) Instant printedAt,
                        @Column(name = "printed_by", nullable = false, length = 100) String printedBy,
                        @Column(length = 300) String reason) {
    }

    @Id
    @Column(name = "household_id")
    private UUID householdId;

    @Column(name = "registry_number", nullable = false, updatable = false, length = 64)
    private String registryNumber;

    @ElementCollection
    @CollectionTable(name = "assistance_slip_print", joinColumns = @JoinColumn(name = "household_id"))
    private Set<Print> prints = new HashSet<>();

    @Version
    private long version;

    protected RegistrationSlip() {
        // for JPA
    }

    /** The slip's first print. */
    public static RegistrationSlip firstPrint(UUID householdId, RegistryNumber number, Instant now, String user) {
        RegistrationSlip slip = new RegistrationSlip();
        slip.householdId = Objects.requireNonNull(householdId);
        slip.registryNumber = number.value();
        slip.prints.add(new Print(now, Objects.requireNonNull(user), null));
        return slip;
    }

    /** A copy of a slip printed before; refused (400) without a reason. */
    public void reprint(String reason, Instant now, String user) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", REASON_REQUIRED);
        }
        Instant at = prints.stream().map(Print::printedAt).anyMatch(now::equals) ? now.plusNanos(1000) : now; // the key is the time
        prints.add(new Print(at, Objects.requireNonNull(user), reason.strip()));
    }

    /** The refusal of a first print when the slip exists (409): a copy is a reprint with its reason. */
    public Refusal printedAlready() {
        return Refusal.conflict(PRINTED_ALREADY).with("prints", prints.size());
    }

    /** The refusal of a reprint of a slip never printed (409): the first print needs no reason. */
    public static Refusal notPrintedYet() {
        return Refusal.conflict(NOT_PRINTED);
    }

    public Optional<Print> lastPrint() {
        return prints.stream().max(Comparator.comparing(Print::printedAt));
    }

    public UUID householdId() { return householdId; }
    public String registryNumber() { return registryNumber; }
    public int prints() { return prints.size(); }
}
