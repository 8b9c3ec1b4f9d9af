package org.refuge.assistance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.refuge.platform.refusal.Refusal;

/**
 * A household entitlement's quantity by household size: bands "from n persons (to m)", each with its quantity. The
 * bands start at one person, follow each other without a gap or an overlap, and only the last may be open-ended; a
 * household larger than a closed last band gets that band's quantity (a table "1-2, 3-5, 6-8" covers a family of ten
 * with its largest figure rather than with nothing).
 */
public record SizeBands(List<Band> bands) {

    /** The message key of every refusal of a band table: the bands must start at 1 and follow each other. */
    public static final String INVALID = "refuge.entitlement.bands";
    /** The most bands a rule has. */
    public static final int MAX_BANDS = 20;

    /** From {@code minSize} to {@code maxSize} persons (null: or more), {@code quantity} for the household. */
    public record Band(int minSize, Integer maxSize, BigDecimal quantity) {
    }

    /** The bands in order of size; refused (400, field {@code bands}) unless they cover 1.. without gap or overlap. */
    public static SizeBands of(List<Band> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_BANDS) {
            throw invalid();
        }
        List<Band> sorted = new ArrayList<>(given);
        if (sorted.stream().anyMatch(b -> b == null || b.quantity() == null || b.quantity().signum() <= 0)) {
            throw invalid();
        }
        sorted.sort(Comparator.comparingInt(Band::minSize));
        int next = 1;
        for (int i = 0; i < sorted.size(); i++) {
            Band band = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (band.minSize() != next || (band.maxSize() == null && !last) || (band.maxSize() != null && band.maxSize() < band.minSize())) {
                throw invalid();
            }
            next = band.maxSize() == null ? Integer.MAX_VALUE : band.maxSize() + 1;
        }
        return new SizeBands(List.copyOf(sorted));
    }

    /** The quantity for a household of this many persons (at least one). */
    public BigDecimal quantityFor(int householdSize) {
        if (householdSize < 1) {
            throw new IllegalArgumentException("A household has at least one person");
        }
        Optional<Band> band = bands.stream()
                .filter(b -> householdSize >= b.minSize() && (b.maxSize() == null || householdSize <= b.maxSize())).findFirst();
        return band.orElse(bands.get(bands.size() - 1)).quantity();
    }

    private static Refusal invalid() {
        return Refusal.invalid("bands", INVALID);
    }
}
