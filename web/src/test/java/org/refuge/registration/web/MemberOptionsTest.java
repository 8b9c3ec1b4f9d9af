package org.refuge.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refuge.registration.web.MemberOptions.Option;

/** The pickers' search: a few letters of a name in the page's language, in English or of the code find one entry. */
class MemberOptionsTest {

    private static Map<String, Option> countries() {
        Map<String, Option> options = new LinkedHashMap<>();
        for (String[] c : new String[][] {{"ARG", "Аргентина", "Argentina"}, {"ARM", "Армения", "Armenia"},
                {"BGR", "Болгария", "Bulgaria"}, {"SYR", "Сирия", "Syria"}, {"CIV", "Кот-д’Ивуар", "Côte d’Ivoire"}}) {
            options.put(c[0], new Option(c[0], c[1] + " (" + c[0] + ")", c[1] + " " + c[2] + " " + c[0]));
        }
        return options;
    }

    @Test
    void typedLetters_findTheNameInThePagesLanguage_inEnglish_orTheCode() {
        assertThat(MemberOptions.search(countries(), "сир")).containsExactly("SYR");
        assertThat(MemberOptions.search(countries(), "Syr")).containsExactly("SYR");
        assertThat(MemberOptions.search(countries(), "syr")).containsExactly("SYR");
        assertThat(MemberOptions.search(countries(), "cote")).as("accents ignored").containsExactly("CIV");
    }

    @Test
    void namesWithAWordStartingWithTheLetters_comeFirst() {
        assertThat(MemberOptions.search(countries(), "ar")).startsWith("ARG", "ARM").contains("BGR");
    }

    @Test
    void blanks_findNothing() {
        assertThat(MemberOptions.search(countries(), " ")).isEmpty();
        assertThat(MemberOptions.search(countries(), null)).isEmpty();
    }
}
