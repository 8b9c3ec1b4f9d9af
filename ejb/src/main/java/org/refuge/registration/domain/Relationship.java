package org.refuge.registration.domain;

/** A member's relationship to the head of household. */
public enum Relationship {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER_RELATIVE, NOT_RELATED
}
