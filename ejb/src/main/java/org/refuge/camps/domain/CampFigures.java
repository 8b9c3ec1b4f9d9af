package org.refuge.camps.domain;

import java.util.ArrayList;
import java.util.List;

import org.refuge.shared.CampCode;

/**
 * A camp's figures as one query counts them (every screen and the API show these, never a second count): beds in
 * service, occupied and free, its structures, facilities and the latest daily water supply; from them the norm
 * indicators and the set-up checklist.
 */
public record CampFigures(String code, String name, String region, CampStatus status, int areaM2, int beds,
                          int occupied, int tents, int tentsInService, double coveredM2, int taps, int toilets,
                          int showers, int smsStaffTents, int medicalSocialTents, int policeTents,
                          int waterSanitaryPoints, boolean powerSupply, Integer latestWaterLitres,
                          int checkInsLastWeek) {

    /** The camp's code as the kernel's type (the record carries it as text, as the API shows it). */
    public CampCode campCode() {
        return new CampCode(code);
    }

    /** The arrival rate is the average of the last seven days' check-ins. */
    public static final int RATE_DAYS = 7;

    /** Persons checked in per day, on average over the last seven days. */
    public double arrivalsPerDay() {
        return checkInsLastWeek / (double) RATE_DAYS;
    }

    /** Days until the free beds are taken at the current arrival rate; null when nobody arrived in the last week. */
    public Integer daysUntilFull() {
        return checkInsLastWeek == 0 ? null : (int) Math.floor(free() / arrivalsPerDay());
    }

    /** The action plan asks for 6-8 water and sanitary points. */
    public static final int MIN_WATER_POINTS = 6;

    public int free() {
        return Math.max(0, beds - occupied);
    }

    public int occupancyPercent() {
        return beds == 0 ? 0 : (int) Math.round(100.0 * occupied / beds);
    }

    /** One indicator against its norm, for a number of persons; no value where there is nothing to count by (no taps). */
    public record Indicator(Norm norm, Double value, Norm.Level level) {
    }

    /**
     * The norm indicators for the persons accommodated now, or, for an empty camp, for a full one (what the camp
     * gives at capacity is what its planners need to see).
     */
    public List<Indicator> indicators() {
        int persons = occupied > 0 ? occupied : beds;
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(indicator(Norm.SITE_AREA_M2_PER_PERSON, persons == 0 ? null : (double) areaM2 / persons));
        indicators.add(indicator(Norm.COVERED_M2_PER_PERSON, persons == 0 ? null : coveredM2 / persons));
        indicators.add(indicator(Norm.WATER_LITRES_PER_PERSON_DAY,
                persons == 0 || latestWaterLitres == null ? null : (double) latestWaterLitres / persons));
        indicators.add(indicator(Norm.PERSONS_PER_TAP, persons == 0 ? null : perFacility(persons, taps)));
        indicators.add(indicator(Norm.PERSONS_PER_TOILET, persons == 0 ? null : perFacility(persons, toilets)));
        indicators.add(indicator(Norm.PERSONS_PER_SHOWER, persons == 0 ? null : perFacility(persons, showers)));
        return indicators;
    }

    /** The persons the indicators are computed for. */
    public int indicatorBasis() {
        return occupied > 0 ? occupied : beds;
    }

    private static double perFacility(int persons, int facilities) {
        return facilities == 0 ? Double.POSITIVE_INFINITY : (double) persons / facilities;
    }

    private static Indicator indicator(Norm norm, Double value) {
        Norm.Level level = norm.judge(value);
        return new Indicator(norm, value == null || value.isInfinite() ? null : value, level);
    }

    /** The action plan's camp measures and whether each is done. */
    public Checklist checklist() {
        return new Checklist(List.of(
                new Checklist.Item(Checklist.Measure.LAND, areaM2 > 0),
                new Checklist.Item(Checklist.Measure.ACCOMMODATION_TENTS, tentsInService > 0 && beds > 0),
                new Checklist.Item(Checklist.Measure.SMS_STAFF_TENT, smsStaffTents > 0),
                new Checklist.Item(Checklist.Measure.MEDICAL_SOCIAL_TENT, medicalSocialTents > 0),
                new Checklist.Item(Checklist.Measure.POLICE_TENT, policeTents > 0),
                new Checklist.Item(Checklist.Measure.WATER_SANITARY_POINTS, waterSanitaryPoints >= MIN_WATER_POINTS),
                new Checklist.Item(Checklist.Measure.POWER_SUPPLY, powerSupply)));
    }
}
