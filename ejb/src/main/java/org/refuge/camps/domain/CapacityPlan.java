package org.refuge.camps.domain;

/**
 * What a projected number of arrivals needs by the emergency norms, and the gap against what the camps have:
 * beds (in tents of the given size), site area, covered area, water, taps, toilets and showers. A positive gap is
 * missing; zero or less is covered.
 */
public record CapacityPlan(int arrivals, int bedsPerTent, Need tents, Need beds, Need siteAreaM2, Need coveredM2,
                           Need waterLitresPerDay, Need taps, Need toilets, Need showers) {

    /** Needed, available and the gap (needed - available). */
    public record Need(long needed, long available) {
        public long gap() {
            return Math.max(0, needed - available);
        }
    }

    /** Totals of what the open and being-set-up camps have now (free beds, not all beds). */
    public record Available(int tents, int freeBeds, int siteAreaM2, double coveredM2, int waterLitresPerDay, int taps,
                            int toilets, int showers) {
    }

    public static CapacityPlan of(int arrivals, int bedsPerTent, Available have) {
        if (arrivals < 0 || bedsPerTent < 1) {
            throw new IllegalArgumentException("Arrivals are counted from 0 and a tent has beds");
        }
        return new CapacityPlan(arrivals, bedsPerTent,
                new Need(ceil(arrivals, bedsPerTent), have.tents()),
                new Need(arrivals, have.freeBeds()),
                new Need(Math.round(arrivals * Norm.SITE_AREA_M2_PER_PERSON.emergency()), have.siteAreaM2()),
                new Need(Math.round(arrivals * Norm.COVERED_M2_PER_PERSON.emergency()), Math.round(have.coveredM2())),
                new Need(Math.round(arrivals * Norm.WATER_LITRES_PER_PERSON_DAY.emergency()), have.waterLitresPerDay()),
                new Need(ceil(arrivals, (int) Norm.PERSONS_PER_TAP.emergency()), have.taps()),
                new Need(ceil(arrivals, (int) Norm.PERSONS_PER_TOILET.emergency()), have.toilets()),
                new Need(ceil(arrivals, (int) Norm.PERSONS_PER_SHOWER.emergency()), have.showers()));
    }

    private static long ceil(int amount, int per) {
        return (amount + per - 1L) / per;
    }
}
