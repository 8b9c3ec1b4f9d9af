package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void textFormat_escapesSeparatorsAndBackslashes_andWritesNullAndBooleans() {
        CopyRows rows = new CopyRows("t", "a, b, c, d");
        rows.field("tab\there\\ and\nnewline").field(null).field(true).field(42).endRow();
        rows.field("Պետրոսյան").field("").field(false).field(0).endRow();
        assertThat(rows.count()).isEqualTo(2);
        assertThat(rows.text()).isEqualTo("tab\\there\\\\ and\\nnewline\t\\N\tt\t42\nՊետրոսյան\t\tf\t0\n");
    }
}
