package org.refuge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegistryNumberTest {

    @Test
    void of_joinsSiteDateAndPaddedSequence() {
        assertThat(RegistryNumber.of(new SiteCode("BCP-MARGARA"), LocalDate.of(2026, 11, 23), 42).value()).isEqualTo("BCP-MARGARA-20261123-00042");
    }

    @Test
    void of_growsPastFiveDigitsOnABigDay() {
        assertThat(RegistryNumber.of(new SiteCode("BCP-K"), LocalDate.of(2023, 9, 26), 123456).value()).isEqualTo("BCP-K-20230926-123456");
    }

    @Test
    void of_refusesASequenceBelowOne() {
        assertThatThrownBy(() -> RegistryNumber.of(new SiteCode("BCP-K"), LocalDate.of(2023, 9, 26), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_acceptsTypedLowerCaseAndRefusesOtherText() {
        assertThat(RegistryNumber.parse(" bcp-margara-20261123-00042 ").value()).isEqualTo("BCP-MARGARA-20261123-00042");
        assertThatThrownBy(() -> RegistryNumber.parse("42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryNumber.parse("BCP-MARGARA-2026-1123-00042'; drop")).isInstanceOf(IllegalArgumentException.class);
    }
}
