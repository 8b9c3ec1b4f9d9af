package org.refuge.camps.domain;

/** Planned (land allocated), being set up (structures arriving), open (its checklist allowed it), closed. */
public enum CampStatus {
    PLANNED, SETTING_UP, OPEN, CLOSED
}
