package org.refuge.registration.domain.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.IdentityDocument;
import org.refuge.registration.domain.PersonName;

/**
 * What the duplicate check compares of a person: the keys of their names (whatever script they were typed in) and
 * whether a name was typed in a script without short vowels (Arabic script, where only the consonant skeleton
 * compares), sex, birth date and how much of it is known (null: to the day), citizenships, the key of the birth place,
 * identity documents and the name keys of the relatives registered with them. A value not known is null or empty, and
 * weighs nothing.
 */
public record MatchRecord(String givenKey, String familyKey, boolean withoutVowels, String sex, LocalDate birthDate,
                          BirthPrecision precision, Set<String> citizenships, String birthPlaceKey, Set<Document> documents,
                          Set<String> relativeKeys) {

    /** An identity document: its type, issuing country and number key ({@link IdentityDocument#numberKey}). */
    public record Document(String type, String country, String numberKey) {
        public static Document of(String type, String country, String number) {
            return new Document(type, country, IdentityDocument.numberKey(number));
        }
    }

    public MatchRecord {
        givenKey = Objects.requireNonNullElse(givenKey, "");
        familyKey = Objects.requireNonNullElse(familyKey, "");
        precision = Objects.requireNonNullElse(precision, BirthPrecision.EXACT);
        citizenships = citizenships == null ? Set.of() : Set.copyOf(citizenships);
        birthPlaceKey = Objects.requireNonNullElse(birthPlaceKey, "");
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        relativeKeys = relativeKeys == null ? Set.of() : Set.copyOf(relativeKeys);
    }

    /** A person as typed or registered: the names are keyed as the registry keys them ({@link PersonName#key(String)}). */
    public static MatchRecord of(String givenName, String familyName, String sex, LocalDate birthDate, BirthPrecision precision,
                                 Collection<String> citizenships, String birthPlace, Collection<Document> documents,
                                 Collection<String> relativeNames) {
        return new MatchRecord(key(givenName), key(familyName), PersonName.withoutVowels(givenName) || PersonName.withoutVowels(familyName),
                sex, birthDate, precision, citizenships == null ? Set.of() : Set.copyOf(citizenships), key(birthPlace),
                documents == null ? Set.of() : Set.copyOf(documents), relativeNames == null ? Set.of()
                        : relativeNames.stream().map(MatchRecord::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet()));
    }

    /** This record with the name keys of the relatives registered with the person. */
    public MatchRecord withRelatives(Set<String> keys) {
        return new MatchRecord(givenKey, familyKey, withoutVowels, sex, birthDate, precision, citizenships, birthPlaceKey, documents, keys);
    }

    private static String key(String name) {
        return name == null || name.isBlank() ? "" : PersonName.key(name);
    }
}
