package org.refuge.assistance.domain;

/** Where a household must be in its journey to be eligible: accommodated in a camp, at a private address, or registered at all. */
public enum Stage {
    IN_CAMP, PRIVATE_ADDRESS, ANY_REGISTERED
}
