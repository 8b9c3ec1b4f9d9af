package org.refuge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kernel's camp codes, person ids and document numbers: what a person types is accepted, anything else refused. */
class TypedIdsParseTest {

    @Test
    void campCode_acceptsBlanksAndLowerCase_andNamesItsSite() {
        CampCode camp = CampCode.parse("  camp-ararat-1 ");
        assertThat(camp.value()).isEqualTo("CAMP-ARARAT-1");
        assertThat(camp.site()).isEqualTo(new SiteCode("CAMP-ARARAT-1"));
        assertThat(camp).hasToString("CAMP-ARARAT-1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "C", "CAMP ARARAT", "CAMP_1", "ԿԱՄՊ-1"})
    void campCode_refusesWhatIsNoCode(String typed) {
        assertThatThrownBy(() -> CampCode.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personId_acceptsAUuidWithBlanks() {
        UUID id = UUID.randomUUID();
        assertThat(PersonId.parse(" " + id + "\n").value()).isEqualTo(id);
        assertThat(PersonId.of(id)).hasToString(id.toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-a-uuid", "1234", "BCP-MARGARA-20261206-00001"})
    void personId_refusesWhatIsNoUuid_withoutQuotingIt(String typed) {
        assertThatThrownBy(() -> PersonId.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a person id");
    }

    @Test
    void documentNumber_isFormattedFromYearAndSequence_andParsedAsTyped() {
        assertThat(DocumentNumber.of(2026, 42).value()).isEqualTo("TP-2026-000042");
        assertThat(DocumentNumber.parse(" tp-2026-000042 ")).isEqualTo(DocumentNumber.of(2026, 42));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "TP-26-000042", "TP-2026-42", "XP-2026-000042", "TP-2026-0000000000001", "TP 2026 000042"})
    void documentNumber_refusesOtherFormats(String typed) {
        assertThatThrownBy(() -> DocumentNumber.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}
