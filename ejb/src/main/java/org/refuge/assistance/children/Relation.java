package org.refuge.assistance.children;

/** How a caregiver, or a relative sought by family tracing, is related to the child. */
public enum Relation {
    PARENT, SIBLING, GRANDPARENT, OTHER_RELATIVE, LEGAL_GUARDIAN, FOSTER_CARER, COMMUNITY_CARER
}
