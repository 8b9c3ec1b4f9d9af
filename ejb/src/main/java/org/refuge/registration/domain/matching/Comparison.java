package org.refuge.registration.domain.matching;

/**
 * What the duplicate check compares between the person at the desk and a registered person, each to a {@link Level}.
 * Names are compared by their folded Latin keys ({@code PersonName}), whatever script they were typed in.
 */
public enum Comparison {
    /** Given names: the same key, the same consonant skeleton or close, similar, or different. */
    GIVEN_NAME,
    /** Family names, compared as given names are. */
    FAMILY_NAME,
    /** Birth dates: the same day, day and month swapped, the same month, the same year or a year apart, or further. */
    BIRTH_DATE,
    SEX,
    /** One citizenship at least in common. */
    CITIZENSHIP,
    BIRTH_PLACE,
    /** An identity document of the same number, or documents of the same type and country with other numbers. */
    DOCUMENT,
    /** The relatives each is registered with: a name shared by one relative of each. */
    RELATIVES
}
