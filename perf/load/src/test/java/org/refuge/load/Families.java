package org.refuge.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Families stepping up to a registration desk, made up for the load test: names of random syllables (in Latin or
 * Cyrillic letters, never a real person's), a head of household, often a spouse, children and now and then an elderly
 * parent; one citizenship and language per family from the influx's mix. The household's declared composition
 * matches the members the desk then registers one by one, so the household becomes fully registered.
 */
final class Families {

    /** One member as the desk types them. {@code document} is a passport number for adults, null for children. */
    record Member(String relationship, String givenName, String familyName, String sex, LocalDate birthDate,
                  String citizenship, String language, String document) {
    }

    /** A family: its head's name as typed, and its members, head first. */
    record Family(String headName, List<Member> members) {
    }

    private static final String[] CONSONANTS_LATIN = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh"};
    private static final String[] CONSONANTS_CYRILLIC = {"б", "д", "г", "к", "л", "м", "н", "п", "р", "с", "т", "в", "з", "ш", "х"};
    private static final String[] VOWELS_LATIN = {"a", "e", "i", "o", "u"};
    private static final String[] VOWELS_CYRILLIC = {"а", "е", "и", "о", "у"};
    private static final String[][] ENDINGS = {{"yan", "ян"}, {"ov", "ов"}, {"i", "и"}, {"ani", "ани"}, {"eh", "ех"}};
    /** Citizenship and language of a family, weighted as the influx's origins (mostly the region's Armenians). */
    private static final String[][] ORIGINS = {{"ARM", "hy"}, {"ARM", "hy"}, {"ARM", "hy"}, {"ARM", "hy"}, {"ARM", "ru"},
            {"SYR", "ar"}, {"SYR", "ar"}, {"IRQ", "ar"}, {"IRN", "fa"}, {"RUS", "ru"}};

    private Families() {
    }

    /** A family of one to six, as a household's size runs at the border. */
    static Family next(RandomGenerator random, LocalDate today) {
        boolean cyrillic = random.nextBoolean();
        String family = capital(word(random, cyrillic, 2)) + ENDINGS[random.nextInt(ENDINGS.length)][cyrillic ? 1 : 0];
        String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
        List<Member> members = new ArrayList<>();
        String headSex = random.nextInt(10) < 6 ? "M" : "F";
        members.add(adult(random, cyrillic, "HEAD", headSex, family, origin, today, 25, 55));
        if (random.nextInt(10) < 7) {
            members.add(adult(random, cyrillic, "SPOUSE", headSex.equals("M") ? "F" : "M", family, origin, today, 23, 53));
        }
        int children = random.nextInt(4);
        for (int i = 0; i < children; i++) {
            members.add(new Member("CHILD", given(random, cyrillic), family, random.nextBoolean() ? "F" : "M",
                    today.minusDays(365L + random.nextInt(16 * 365)), origin[0], origin[1], null));
        }
        if (random.nextInt(10) < 2) {
            members.add(adult(random, cyrillic, "PARENT", random.nextBoolean() ? "F" : "M", family, origin, today, 62, 85));
        }
        Member head = members.get(0);
        return new Family(head.givenName() + " " + head.familyName(), List.copyOf(members));
    }

    /** {@code POST /api/v1/households}: the head's name and the composition by sex and age group. */
    static Map<String, Object> preRegistration(Family family, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headName", family.headName());
        for (String group : List.of("Children", "Adults", "Elderly")) {
            body.put("female" + group, count(family, "F", group, today));
            body.put("male" + group, count(family, "M", group, today));
        }
        return body;
    }

    /** {@code POST .../duplicate-check} as the desk sends it once the names are typed, before anything else. */
    static Map<String, Object> namesTyped(Member m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", m.givenName());
        body.put("familyName", m.familyName());
        return body;
    }

    /** {@code POST .../duplicate-check} with everything that identifies the person, as the desk sends it last. */
    static Map<String, Object> identity(Member m) {
        Map<String, Object> body = namesTyped(m);
        body.put("sex", m.sex());
        body.put("birthDate", m.birthDate().toString());
        body.put("birthPrecision", "EXACT");
        body.put("citizenships", List.of(m.citizenship()));
        if (m.document() != null) {
            body.put("documents", List.of(Map.of("typeCode", "PASSPORT", "number", m.document(), "issuingCountry", m.citizenship())));
        }
        return body;
    }

    /** {@code POST .../members}: the identity, the relationship to the head and the languages spoken. */
    static Map<String, Object> registration(Member m) {
        Map<String, Object> body = identity(m);
        body.put("relationship", m.relationship());
        body.put("languages", List.of(m.language()));
        return body;
    }

    private static Member adult(RandomGenerator random, boolean cyrillic, String relationship, String sex, String family,
                                String[] origin, LocalDate today, int fromAge, int toAge) {
        LocalDate birth = today.minusYears(fromAge + random.nextInt(toAge - fromAge + 1)).minusDays(random.nextInt(365));
        String passport = "LT" + (1_000_000 + random.nextInt(9_000_000));
        return new Member(relationship, given(random, cyrillic), family, sex, birth, origin[0], origin[1], passport);
    }

    /** Children under 18, adults under 60, elderly from 60, on today. */
    private static int count(Family family, String sex, String group, LocalDate today) {
        int n = 0;
        for (Member m : family.members()) {
            int age = m.birthDate().until(today).getYears();
            String of = age < 18 ? "Children" : age < 60 ? "Adults" : "Elderly";
            if (m.sex().equals(sex) && of.equals(group)) {
                n++;
            }
        }
        return n;
    }

    private static String given(RandomGenerator random, boolean cyrillic) {
        return capital(word(random, cyrillic, 2 + random.nextInt(2)));
    }

    /** Syllables of a consonant and a vowel: pronounceable, and practically never a name someone bears. */
    private static String word(RandomGenerator random, boolean cyrillic, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            int c = random.nextInt(CONSONANTS_LATIN.length);
            int v = random.nextInt(VOWELS_LATIN.length);
            word.append(cyrillic ? CONSONANTS_CYRILLIC[c] : CONSONANTS_LATIN[c]).append(cyrillic ? VOWELS_CYRILLIC[v] : VOWELS_LATIN[v]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
