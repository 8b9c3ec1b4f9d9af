package org.refuge.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void cyrillicAndLatinSpellingsOfOneName_haveOneKey() {
        assertThat(PersonName.key("Сергей", "Иванов")).isEqualTo(PersonName.key("Sergey", "Ivanov"));
        assertThat(PersonName.key("Юрий", "Хачатрян")).isEqualTo(PersonName.key("Iurii", "Khachatrian"));
    }

    @Test
    void armenianAndLatinSpellings_haveOneKey() {
        assertThat(PersonName.key("Անահիտ", "Պետրոսյան")).isEqualTo(PersonName.key("Anahit", "Petrosyan"));
    }

    @Test
    void doubledLettersAndCommonVariants_fold() {
        assertThat(PersonName.key("Mohammed", "Ali")).isEqualTo(PersonName.key("Mohamed", "Alli"));
        assertThat(PersonName.key("Joseph", "Wolff")).isEqualTo("josef volf");
    }

    @Test
    void arabicScript_isComparedByItsConsonants() {
        assertThat(PersonName.withoutVowels("محمد")).isTrue();
        assertThat(PersonName.withoutVowels("Mohammed")).isFalse();
        assertThat(PersonName.skeleton(PersonName.key("محمد", "علي")))
                .isEqualTo(PersonName.skeleton(PersonName.key("Mohammed", "Ali")));
    }

    @Test
    void punctuationAndExtraSpaces_doNotCount() {
        assertThat(PersonName.key("  Jean-Luc ", " O'Neil")).isEqualTo("jeanluc oneil");
    }

    @Test
    void soraniKurdishLetters_areWrittenAsKurdishLatinWritesThem_soTheNativeSpellingMeetsTheLatinOne() {
        assertThat(PersonName.key("ڕێبوار", "بارزانی")).isEqualTo(PersonName.key("Rebwar", "Barzani"));
        assertThat(PersonName.key("ئەڤین", "مزووری")).isEqualTo("evin mzuri");
        assertThat(PersonName.key("شێرکۆ", "")).isEqualTo(PersonName.key("Sherko", ""));
        assertThat(PersonName.key("کاوە", "تاڵەبانی")).isEqualTo("kave talebani");
    }
}
