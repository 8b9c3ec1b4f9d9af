package org.refuge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SiteCodeTest {

    @Test
    void of_acceptsWhatAPersonTypes() {
        assertThat(SiteCode.of("  bcp-margara ").value()).isEqualTo("BCP-MARGARA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "-BCP", "BCP MARGARA", "ԲԱՑ-1", "BCP_1", "A123456789012345678901234567890123456789X"})
    void refusesCodesOutsideTheFormat(String code) {
        assertThatThrownBy(() -> SiteCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
