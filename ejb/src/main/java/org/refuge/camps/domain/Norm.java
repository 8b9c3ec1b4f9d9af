package org.refuge.camps.domain;

/**
 * Camp planning norms (Sphere; UNHCR) with their emergency and later values. A MIN norm wants at least its value per
 * person (site and covered area, water), a MAX norm at most this many persons per facility (taps, toilets, showers).
 */
public enum Norm {
    SITE_AREA_M2_PER_PERSON(true, 45, 45),
    COVERED_M2_PER_PERSON(true, 3.5, 4.5),
    WATER_LITRES_PER_PERSON_DAY(true, 15, 20),
    PERSONS_PER_TAP(false, 250, 100),
    PERSONS_PER_TOILET(false, 50, 20),
    PERSONS_PER_SHOWER(false, 50, 20);

    private final boolean minimum;
    private final double emergency;
    private final double later;

    Norm(boolean minimum, double emergency, double later) {
        this.minimum = minimum;
        this.emergency = emergency;
        this.later = later;
    }

    /** How a value stands against the norm. */
    public enum Level { MET, EMERGENCY_ONLY, BELOW, UNKNOWN }

    public Level judge(Double value) {
        if (value == null || value.isNaN()) {
            return Level.UNKNOWN;
        }
        boolean meetsEmergency = minimum ? value >= emergency : value <= emergency;
        boolean meetsLater = minimum ? value >= later : value <= later;
        return meetsLater ? Level.MET : meetsEmergency ? Level.EMERGENCY_ONLY : Level.BELOW;
    }

    public boolean minimum() { return minimum; }
    public double emergency() { return emergency; }
    public double later() { return later; }
}
