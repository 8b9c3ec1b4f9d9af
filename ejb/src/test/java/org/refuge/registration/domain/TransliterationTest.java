package org.refuge.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void toLatin_armenian() {
        assertThat(Transliteration.toLatin("Անահիտ Պետրոսյան")).isEqualTo("Anahit Petrosyan");
        assertThat(Transliteration.toLatin("Թաթուլ Ղազարյան")).isEqualTo("Tatul Ghazaryan");
    }

    @Test
    void toLatin_cyrillic() {
        assertThat(Transliteration.toLatin("Иван Петрович Сидоров")).isEqualTo("Ivan Petrovich Sidorov");
        assertThat(Transliteration.toLatin("Юлия Петросян")).isEqualTo("Yuliya Petrosyan");
    }

    @Test
    void toLatin_arabicWithoutVowelsAsWritten() {
        assertThat(Transliteration.toLatin("محمد الأحمد")).isEqualTo("mhmd alahmd");
    }

    @Test
    void toLatin_keepsTheApostropheOfLatinNames() {
        assertThat(Transliteration.toLatin("Seán O\u2019Brien")).isEqualTo("Sean O'Brien");
    }

    @Test
    void toLatin_latinLosesDiacriticsAndExtraBlanks() {
        assertThat(Transliteration.toLatin("  José   Müller ")).isEqualTo("Jose Muller");
        assertThat(Transliteration.toLatin(" ")).isEmpty();
    }

    @Test
    void whatIcuLeavesOutsideAscii_isDropped() {
        assertThat(Transliteration.toLatin("علي")).matches("[A-Za-z ]+");
        assertThat(Transliteration.toLatin("شێرکۆ")).matches("[A-Za-z ]+");
    }
}
