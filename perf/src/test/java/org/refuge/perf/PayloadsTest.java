package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PayloadsTest {

    private final InfluxGenerator generator = new InfluxGenerator(7, LocalDate.of(2026, 11, 25));

    @Test
    void household_countsItsMembersBySexAndAgeGroup() {
        for (int i = 0; i < 200; i++) {
            SyntheticHousehold h = generator.next();
            Map<String, Object> body = Payloads.household(h);
            int size = List.of("femaleChildren", "maleChildren", "femaleAdults", "maleAdults", "femaleElderly", "maleElderly")
                    .stream().mapToInt(field -> (Integer) body.get(field)).sum();
            assertThat(size).isEqualTo(h.size());
            assertThat(body.get("headName")).isEqualTo(h.headName());
            assertThat(body.containsKey("headNameLatin")).isEqualTo(h.headNameLatin() != null);
        }
    }

    @Test
    void member_leavesOutWhatIsUnknown_andWritesDatesAsIsoText() {
        for (int i = 0; i < 200; i++) {
            for (SyntheticPerson p : generator.next().members()) {
                Map<String, Object> body = Payloads.member(p);
                assertThat(body).containsKeys("relationship", "givenName", "familyName", "sex", "birthDate", "birthPrecision",
                        "citizenships", "stateless", "languages", "documents", "needs");
                assertThat(body).doesNotContainKey("decisions");
                assertThat(body.values()).doesNotContainNull();
                assertThat((String) body.get("birthDate")).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(body.containsKey("patronymic")).isEqualTo(p.patronymic() != null);
            }
        }
    }

    @Test
    void draft_carriesOnlyWhatTheDuplicateCheckCompares() {
        SyntheticPerson p = generator.next().head();
        assertThat(Payloads.draft(p)).containsOnlyKeys("givenName", "familyName", "sex", "birthDate", "birthPrecision", "citizenships", "birthPlace", "documents");
    }
}
