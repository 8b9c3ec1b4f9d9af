package org.refuge.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The household's size by sex and age group, as counted at pre-registration (children 0-17, adults 18-59,
 * older persons 60+). Household counts overstate populations and are corrected by individual registration.
 */
@Embeddable
public class Composition {

    public static final int MAX_SIZE = 50;

    @Column(name = "female_children", nullable = false)
    private int femaleChildren;
    @Column(name = "male_children", nullable = false)
    private int maleChildren;
    @Column(name = "female_adults", nullable = false)
    private int femaleAdults;
    @Column(name = "male_adults", nullable = false)
    private int maleAdults;
    @Column(name = "female_elderly", nullable = false)
    private int femaleElderly;
    @Column(name = "male_elderly", nullable = false)
    private int maleElderly;

    protected Composition() {
    }

    public Composition(int femaleChildren, int maleChildren, int femaleAdults, int maleAdults, int femaleElderly, int maleElderly) {
        int[] counts = {femaleChildren, maleChildren, femaleAdults, maleAdults, femaleElderly, maleElderly};
        int size = 0;
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative");
            }
            size += count;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A household has 1 to " + MAX_SIZE + " persons");
        }
        this.femaleChildren = femaleChildren;
        this.maleChildren = maleChildren;
        this.femaleAdults = femaleAdults;
        this.maleAdults = maleAdults;
        this.femaleElderly = femaleElderly;
        this.maleElderly = maleElderly;
    }

    public int size() {
        return femaleChildren + maleChildren + femaleAdults + maleAdults + femaleElderly + maleElderly;
    }

    public int females() { return femaleChildren + femaleAdults + femaleElderly; }
    public int males() { return maleChildren + maleAdults + maleElderly; }
    public int children() { return femaleChildren + maleChildren; }
    public int elderly() { return femaleElderly + maleElderly; }
    public int femaleChildren() { return femaleChildren; }
    public int maleChildren() { return maleChildren; }
    public int femaleAdults() { return femaleAdults; }
    public int maleAdults() { return maleAdults; }
    public int femaleElderly() { return femaleElderly; }
    public int maleElderly() { return maleElderly; }
}
