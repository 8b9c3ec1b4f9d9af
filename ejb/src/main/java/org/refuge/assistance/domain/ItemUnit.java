package org.refuge.assistance.domain;

/**
 * The unit an item is counted in. Pieces, portions, sets, packs and drams are counted in whole numbers; kilograms and
 * litres may carry three decimals.
 */
public enum ItemUnit {
    PIECE(true), KG(false), LITRE(false), PORTION(true), SET(true), PACK(true), AMD(true);

    private final boolean whole;

    ItemUnit(boolean whole) {
        this.whole = whole;
    }

    /** Whether a quantity of this unit must be a whole number. */
    public boolean whole() {
        return whole;
    }
}
