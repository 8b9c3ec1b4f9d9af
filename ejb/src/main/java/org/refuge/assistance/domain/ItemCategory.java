package org.refuge.assistance.domain;

/** What kind of help an item is: the sectors the partners report in. */
public enum ItemCategory {
    FOOD, NON_FOOD, SHELTER, CASH, HEALTH
}
