package org.refuge.registration.domain;

/** How much of a birth date is known: the day, the month, the year, or an age estimated at the desk; the stored date is the first day of what is known. */
public enum BirthPrecision {
    EXACT, MONTH, YEAR, ESTIMATED
}
