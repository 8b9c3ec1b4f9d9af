package org.refuge.camps.domain;

/** A person's bed: allocated (on the way), checked in, or ended as a no-show, a departure or a move. */
public enum StayStatus {
    ALLOCATED, CHECKED_IN, NO_SHOW, CHECKED_OUT, MOVED;

    public boolean holdsBed() {
        return this == ALLOCATED || this == CHECKED_IN;
    }
}
