package org.refuge.perf;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One member of a synthetic household, with the names as a registrar would type them. The person's name is kept as
 * the {@link Name}s it is made of, the script it is typed in and the Latin spelling chosen, so that the same person
 * can be typed again another way ({@link InfluxGenerator#nearDuplicate}). {@code ordinal} numbers persons in the
 * order the generator made them; {@code duplicateOf} is the ordinal of the person this one is a near-duplicate of.
 *
 * @param father the father's given name, for Russian patronymics; null when none is typed
 * @param passportSpelling the Latin spelling is also given as the document's (givenNameLatin, familyNameLatin)
 */
public record SyntheticPerson(long ordinal, Long duplicateOf, String relationship, Origin origin, Name given, Name family,
                              Name father, Typing typing, int spelling, boolean passportSpelling, String sex,
                              LocalDate birthDate, String birthPrecision, String birthPlace, List<String> citizenships,
                              boolean stateless, String maritalStatus, List<String> languages, String phone,
                              List<SyntheticDocument> documents, List<String> needs) {

    public SyntheticPerson {
        citizenships = List.copyOf(citizenships);
        languages = List.copyOf(languages);
        documents = List.copyOf(documents);
        needs = List.copyOf(needs);
        if (stateless && !citizenships.isEmpty()) {
            throw new IllegalArgumentException("A stateless person has no citizenship");
        }
    }

    public boolean female() {
        return "F".equals(sex);
    }

    public String givenName() {
        return given.written(typing, spelling, false);
    }

    public String familyName() {
        return family.written(typing, spelling, female());
    }

    /** The patronymic in Cyrillic for persons of Russian origin typed in Cyrillic; null otherwise. */
    public String patronymic() {
        if (father == null || typing == Typing.LATIN || father.patronymicMale() == null) {
            return null;
        }
        return female() ? father.patronymicFemale() : father.patronymicMale();
    }

    /** The Latin spelling of the person's document, when the registrar copies it; null leaves it to the application. */
    public String givenNameLatin() {
        return passportSpelling && typing != Typing.LATIN ? given.written(Typing.LATIN, spelling, false) : null;
    }

    public String familyNameLatin() {
        return passportSpelling && typing != Typing.LATIN ? family.written(Typing.LATIN, spelling, female()) : null;
    }

    public int age(LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** 0 child (0-17), 1 adult (18-59), 2 older person (60+): the age groups of a household's composition. */
    public int ageGroup(LocalDate on) {
        return ageGroup(age(on));
    }

    static int ageGroup(int age) {
        return age < 18 ? 0 : age < 60 ? 1 : 2;
    }

    SyntheticPerson withBirthDate(LocalDate date) {
        return new SyntheticPerson(ordinal, duplicateOf, relationship, origin, given, family, father, typing, spelling,
                passportSpelling, sex, date, birthPrecision, birthPlace, citizenships, stateless, maritalStatus,
                languages, phone, documents, needs);
    }
}
