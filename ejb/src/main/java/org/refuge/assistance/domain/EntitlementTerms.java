package org.refuge.assistance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.refuge.platform.refusal.Refusal;

/**
 * What one version of an entitlement says: which item, for each person or for the household, how much (a fixed
 * quantity, or for a household by its size), how often, who is eligible (stage, optionally a site, a specific-need
 * category and a UNHCR age group), which partner supplies it, and from which day (to which day, exclusive). The rules
 * that hold across fields are checked here, so that no version can be stored that says two things at once.
 */
public record EntitlementTerms(String itemCode, Per per, BigDecimal quantity, SizeBands bands, Period period, Integer months,
                               Stage stage, String siteCode, String needCategory, String ageGroup, String partnerCode,
                               LocalDate validFrom, LocalDate validTo) {

    /** The UNHCR age groups an entitlement may be limited to. */
    public static final List<String> AGE_GROUPS = List.of("0-4", "5-11", "12-17", "18-59", "60+");

    public EntitlementTerms {
        Objects.requireNonNull(itemCode);
        Objects.requireNonNull(per);
        Objects.requireNonNull(period);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(partnerCode);
        Objects.requireNonNull(validFrom);
        if ((quantity == null) == (bands == null)) {
            throw Refusal.invalid("quantity", "refuge.entitlement.quantityOrBands");
        }
        if (bands != null && per != Per.HOUSEHOLD) {
            throw Refusal.invalid("bands", "refuge.entitlement.bandsPerHousehold");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw Refusal.invalid("quantity", "refuge.entitlement.quantity");
        }
        if (period.counted() ? months == null || months < 1 || months > Period.MAX_MONTHS : months != null) {
            throw Refusal.invalid("months", "refuge.entitlement.months", Period.MAX_MONTHS);
        }
        if (ageGroup != null && !AGE_GROUPS.contains(ageGroup)) {
            throw Refusal.invalid("ageGroup", "refuge.entitlement.ageGroup", String.join(", ", AGE_GROUPS));
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw Refusal.invalid("validTo", "refuge.entitlement.validTo");
        }
    }

    /** The quantity due to a household of this size (per person: to each eligible person). */
    public BigDecimal quantityFor(int householdSize) {
        return quantity != null ? quantity : bands.quantityFor(householdSize);
    }

    /**
     * Whether a household none of whose members is registered yet (pre-registered with its declared size) is due this
     * rule as one household line: a rule per person that asks nothing of the person (no age group, no specific need).
     * A rule that does waits for the registered members, whose age and needs it can read (and so does cash, which the
     * round's parts decide: the item's category is not part of the terms).
     */
    public boolean forDeclaredSize() {
        return per == Per.PERSON && ageGroup == null && needCategory == null;
    }

    /**
     * The quantity of one line for a household of {@code householdSize} persons: a person's line the rule's quantity, a
     * household's line by its size (bands), and the household line of a rule per person ({@link #forDeclaredSize()})
     * the person's quantity for each person the household declared.
     */
    public BigDecimal quantityOfLine(int householdSize, boolean personLine) {
        int size = Math.max(1, householdSize);
        if (per == Per.HOUSEHOLD) {
            return quantityFor(size);
        }
        return personLine ? quantity : quantity.multiply(BigDecimal.valueOf(size));
    }
}
