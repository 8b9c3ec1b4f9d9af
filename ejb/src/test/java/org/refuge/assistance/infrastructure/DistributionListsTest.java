package org.refuge.assistance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.refuge.assistance.domain.EntitlementTerms;
import org.refuge.assistance.domain.Per;
import org.refuge.assistance.domain.Period;
import org.refuge.assistance.domain.Stage;

class DistributionListsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 20);

    private static DistributionLists.Part part(Per per, Stage stage, String need, String age) {
        return new DistributionLists.Part(UUID.randomUUID(), DAY, new EntitlementTerms("FOOD-PARCEL", per, BigDecimal.ONE, null, Period.WEEKLY,
                null, stage, null, need, age, "STATE-RESERVE", DAY, null));
    }

    @Test
    void aRulePerPerson_listsRegisteredMembers_ofItsAgeGroupOnTheRoundsDay() {
        Map<String, Object> parameters = new HashMap<>();
        String sql = DistributionLists.select(0, part(Per.PERSON, Stage.IN_CAMP, null, "0-4"), DAY, parameters, "h.household_id = :household");
        assertThat(sql).contains("JOIN registry_member m", "m.person_status = 'REGISTERED'", "c.stage = 'IN_CAMP'", "k.beneficiary_id = m.person_id",
                "a.person_id = m.person_id");
        assertThat(parameters).containsEntry("amin0", 0).containsEntry("amax0", 5).containsEntry("day", DAY);
    }

    @Test
    void aRulePerHousehold_withANeed_asksForAMemberWithIt_andNamesNoDayWithoutAnAge() {
        Map<String, Object> parameters = new HashMap<>();
        String sql = DistributionLists.select(3, part(Per.HOUSEHOLD, Stage.ANY_REGISTERED, "DS", null), DAY, parameters, "h.household_id = :household");
        assertThat(sql).contains("n.household_id = h.household_id", "n.category = :n3", "k.beneficiary_id = h.household_id")
                .doesNotContain("registry_member m").doesNotContain("c.stage =");
        assertThat(parameters).containsEntry("n3", "DS").doesNotContainKey("day");
    }

    @Test
    void theRulesOfARound_areOneQueryEach_joinedWithUnionAll() {
        Map<String, Object> parameters = new HashMap<>();
        String sql = DistributionLists.union(List.of(part(Per.HOUSEHOLD, Stage.IN_CAMP, null, null), part(Per.PERSON, Stage.PRIVATE_ADDRESS,
                null, "60+")), DAY, parameters, "h.household_id = :household");
        assertThat(sql.split("UNION ALL")).hasSize(2);
        assertThat(sql).contains("c.stage = 'PRIVATE_ADDRESS'");
        assertThat(parameters).containsKeys("e0", "p0", "e1", "p1").containsEntry("amin1", 60);
    }

    @Test
    void theUnhcrAgeGroups_areReadAsYears() {
        assertThat(DistributionLists.years("5-11")).containsExactly(5, 12);
        assertThat(DistributionLists.years("18-59")).containsExactly(18, 60);
        assertThatThrownBy(() -> DistributionLists.years("teens")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRulePerPersonAskingNothingOfThePerson_addsAHouseholdLine_forHouseholdsWithoutARegisteredMember() {
        Map<String, Object> parameters = new HashMap<>();
        String sql = DistributionLists.select(2, part(Per.PERSON, Stage.ANY_REGISTERED, null, null), DAY, parameters, "h.household_id = :household");
        String[] selects = sql.split("UNION ALL");
        assertThat(selects).hasSize(2);
        assertThat(selects[0]).contains("JOIN registry_member m", "k.beneficiary_id = m.person_id", "g.beneficiary_id = h.household_id",
                "coalesce(k.id, g.id) AS collection_id");
        assertThat(selects[1]).contains("CAST(NULL AS uuid) AS person_id", "k.beneficiary_id = h.household_id",
                "NOT EXISTS (SELECT 1 FROM registry_member r WHERE r.household_id = h.household_id AND r.person_status = 'REGISTERED')")
                .doesNotContain("registry_member m");
    }

    @Test
    void aRulePerPersonWithAnAgeOrANeed_listsRegisteredMembersOnly() {
        assertThat(DistributionLists.select(0, part(Per.PERSON, Stage.ANY_REGISTERED, null, "0-4"), DAY, new HashMap<>(), "true"))
                .doesNotContain("UNION ALL");
        assertThat(DistributionLists.select(0, part(Per.PERSON, Stage.ANY_REGISTERED, "DS", null), DAY, new HashMap<>(), "true"))
                .doesNotContain("UNION ALL").contains("registration_report_need n WHERE n.person_id = m.person_id");
    }

    @Test
    void aRulePerHouseholdWithANeed_countsANeedSeenOnTheHousehold() {
        String sql = DistributionLists.select(1, part(Per.HOUSEHOLD, Stage.ANY_REGISTERED, "PW", null), DAY, new HashMap<>(), "true");
        assertThat(sql).contains("FROM registration_need n WHERE n.household_id = h.household_id AND n.category = :n1");
    }

    @Test
    void aRuleWhosePartSaysNoDeclaredSize_cashForOne_listsRegisteredMembersOnly() {
        DistributionLists.Part rule = part(Per.PERSON, Stage.ANY_REGISTERED, null, null);
        DistributionLists.Part cash = new DistributionLists.Part(rule.entitlementId(), rule.periodFrom(), rule.terms(), false);
        assertThat(DistributionLists.select(0, cash, DAY, new HashMap<>(), "true")).doesNotContain("UNION ALL").contains("JOIN registry_member m");
    }
}
