package org.refuge.camps.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.refuge.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class CampFiguresTest {

    /** The action plan's camp: 100 tents x 20 beds (70 m² each) on 2 ha, 8 water points, staff tents, power. */
    private static CampFigures actionPlanCamp(int occupied, Integer water) {
        return new CampFigures("CAMP-X", "Camp X", "Ararat", CampStatus.SETTING_UP, 20_000, 2_000, occupied, 100, 100,
                7_000, 16, 40, 24, 1, 1, 1, 8, true, water, 0);
    }

    private static Map<Norm, Norm.Level> levels(CampFigures figures) {
        return figures.indicators().stream().collect(Collectors.toMap(CampFigures.Indicator::norm, CampFigures.Indicator::level));
    }

    @Test
    void theActionPlansCampOf2000BedsOn2Hectares_isBelowTheSiteAreaNorm() {
        CampFigures camp = actionPlanCamp(0, 30_000);
        Map<Norm, Norm.Level> levels = levels(camp);
        assertThat(camp.indicatorBasis()).isEqualTo(2_000);
        assertThat(camp.indicators().get(0).value()).isEqualTo(10.0);
        assertThat(levels.get(Norm.SITE_AREA_M2_PER_PERSON)).isEqualTo(Norm.Level.BELOW);
        assertThat(levels.get(Norm.COVERED_M2_PER_PERSON)).isEqualTo(Norm.Level.EMERGENCY_ONLY);  // 3.5 m²
        assertThat(levels.get(Norm.WATER_LITRES_PER_PERSON_DAY)).isEqualTo(Norm.Level.EMERGENCY_ONLY); // 15 l
        assertThat(levels.get(Norm.PERSONS_PER_TAP)).isEqualTo(Norm.Level.EMERGENCY_ONLY);      // 125
        assertThat(levels.get(Norm.PERSONS_PER_TOILET)).isEqualTo(Norm.Level.EMERGENCY_ONLY);   // 50
        assertThat(levels.get(Norm.PERSONS_PER_SHOWER)).isEqualTo(Norm.Level.BELOW);            // 83
    }

    @Test
    void indicatorsFollowTheOccupants_onceThereAreAny_andWithoutWaterRecordTheyAreUnknown() {
        CampFigures camp = actionPlanCamp(400, null);
        assertThat(camp.indicatorBasis()).isEqualTo(400);
        assertThat(levels(camp).get(Norm.SITE_AREA_M2_PER_PERSON)).isEqualTo(Norm.Level.MET); // 50 m²
        assertThat(levels(camp).get(Norm.WATER_LITRES_PER_PERSON_DAY)).isEqualTo(Norm.Level.UNKNOWN);
        assertThat(camp.free()).isEqualTo(1_600);
        assertThat(camp.occupancyPercent()).isEqualTo(20);
    }

    @Test
    void aCampWithoutToilets_isBelowItsNorm() {
        CampFigures camp = new CampFigures("C", "C", null, CampStatus.SETTING_UP, 100_000, 100, 0, 5, 5, 500, 1, 0, 0, 0, 0, 0, 1,
                false, null, 0);
        assertThat(levels(camp).get(Norm.PERSONS_PER_TOILET)).isEqualTo(Norm.Level.BELOW);
        // nothing to divide by is no number a JSON reader would choke on
        assertThat(camp.indicators()).filteredOn(i -> i.norm() == Norm.PERSONS_PER_TOILET).extracting(CampFigures.Indicator::value)
                .containsOnlyNulls();
    }

    @Test
    void theCampOpens_onlyWhenEveryMeasureOfTheChecklistIsDone() {
        CampFigures complete = actionPlanCamp(0, null);
        assertThat(complete.checklist().complete()).isTrue();
        CampFigures fewWaterPoints = new CampFigures("C", "C", null, CampStatus.SETTING_UP, 20_000, 2_000, 0, 100, 100, 7_000,
                10, 20, 10, 1, 1, 1, 5, true, null, 0);
        assertThat(fewWaterPoints.checklist().complete()).isFalse();
        assertThat(fewWaterPoints.checklist().done()).isEqualTo(6);

        Camp camp = Camp.plan(new org.refuge.shared.CampCode("CAMP-X"), 20_000, Instant.now(), "camp-manager");
        assertThatThrownBy(() -> camp.open(fewWaterPoints.checklist()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("refuge.camp.rule.checklist"));
        camp.structureInstalled();
        assertThat(camp.status()).isEqualTo(CampStatus.SETTING_UP);
        camp.open(complete.checklist());
        assertThat(camp.status()).isEqualTo(CampStatus.OPEN);
        assertThatThrownBy(() -> camp.close(3))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("refuge.camp.rule.occupied"));
        camp.close(0);
        assertThatThrownBy(() -> camp.powerSupply(true))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("refuge.camp.rule.closed"));
    }

    @Test
    void structuresKeepTheirRules() {
        org.refuge.shared.CampCode camp = new org.refuge.shared.CampCode("CAMP-C");
        assertThatThrownBy(() -> CampStructure.tent(camp, 1, 0, null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampStructure.tent(camp, 1, 101, null, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampStructure.waterPoint(camp, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CampStructure.staffTent(camp, StructureKind.TENT, 1, null)).isInstanceOf(IllegalArgumentException.class);
        CampStructure tent = CampStructure.tent(camp, 1, 20, null, true);
        assertThat(tent.free()).isEqualTo(20);
        tent.takeOutOfService();
        assertThat(tent.free()).isZero();
    }

    @Test
    void capacityPlanning_countsWhatTheNormsNeed_andTheGap() {
        CapacityPlan plan = CapacityPlan.of(10_000, 20, new CapacityPlan.Available(100, 2_000, 20_000, 7_000, 30_000, 16, 40, 24));
        assertThat(plan.tents().needed()).isEqualTo(500);
        assertThat(plan.tents().gap()).isEqualTo(400);
        assertThat(plan.beds().gap()).isEqualTo(8_000);
        assertThat(plan.siteAreaM2().needed()).isEqualTo(450_000);
        assertThat(plan.coveredM2().needed()).isEqualTo(35_000);
        assertThat(plan.waterLitresPerDay().needed()).isEqualTo(150_000);
        assertThat(plan.taps().needed()).isEqualTo(40);
        assertThat(plan.toilets().needed()).isEqualTo(200);
        assertThat(plan.showers().needed()).isEqualTo(200);
        assertThat(CapacityPlan.of(100, 30, new CapacityPlan.Available(100, 2_000, 1_000_000, 9_999, 99_999, 99, 99, 99))
                .beds().gap()).isZero();
        assertThat(List.of(Norm.values())).hasSize(6);
    }

    @Test
    void daysUntilFull_followsTheLastWeeksArrivals_andIsUnknownWithoutArrivals() {
        CampFigures quiet = new CampFigures("C", "C", null, CampStatus.OPEN, 20_000, 2_000, 600, 100, 100, 7_000,
                16, 40, 24, 1, 1, 1, 8, true, 30_000, 0);
        assertThat(quiet.daysUntilFull()).isNull();
        // 700 checked in over 7 days: 100 a day, 1,400 free beds last 14 days
        CampFigures busy = new CampFigures("C", "C", null, CampStatus.OPEN, 20_000, 2_000, 600, 100, 100, 7_000,
                16, 40, 24, 1, 1, 1, 8, true, 30_000, 700);
        assertThat(busy.arrivalsPerDay()).isEqualTo(100.0);
        assertThat(busy.daysUntilFull()).isEqualTo(14);
    }
}
