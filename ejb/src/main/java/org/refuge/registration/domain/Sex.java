package org.refuge.registration.domain;

/** Sex as registered: female, male, or another sex as documented (X on ICAO travel documents). */
public enum Sex {
    F, M, X
}
