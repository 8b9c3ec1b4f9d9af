package org.refuge.acceptance;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random person names written in Cyrillic and in the Latin letters ICU's BGN transliteration gives for them, so that
 * each test run registers persons nobody registered before (the test database keeps earlier runs' data).
 */
record Names(String givenCyrillic, String familyCyrillic, String givenLatin, String familyLatin) {

    private static final String[][] SYLLABLES = {{"ка", "ka"}, {"ро", "ro"}, {"ми", "mi"}, {"ла", "la"}, {"то", "to"},
            {"су", "su"}, {"да", "da"}, {"ви", "vi"}, {"по", "po"}, {"ну", "nu"}, {"бо", "bo"}, {"ри", "ri"}, {"га", "ga"},
            {"зу", "zu"}, {"ли", "li"}, {"мо", "mo"}};

    static Names random() {
        String[] given = word(3, "");
        String[] family = word(3, "ов");
        for (String part : new String[] {given[0], family[0], given[1], family[1]}) {
            Typed.value(part);
        }
        return new Names(given[0], family[0], given[1], family[1]);
    }

    private static String[] word(int syllables, String ending) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            String[] s = SYLLABLES[random.nextInt(SYLLABLES.length)];
            cyrillic.append(s[0]);
            latin.append(s[1]);
        }
        cyrillic.append(ending);
        latin.append(ending.isEmpty() ? "" : "ov");
        return new String[] {capital(cyrillic.toString()), capital(latin.toString())};
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
