package org.refuge.camps.domain;

/** Why a person left a camp: the departures a camp manager records, and the ends the system records itself. */
public enum DepartureReason {
    PRIVATE_ACCOMMODATION, ONWARD_MOVEMENT, VOLUNTARY_RETURN, HOSPITAL,
    /** Recorded by a move to another tent or camp. */
    MOVED,
    /** Recorded by a no-show decision. */
    NO_SHOW,
    /** Recorded when the camp is closed. */
    CAMP_CLOSED;

    /** The reasons a camp manager chooses at check-out. */
    public boolean chosenAtCheckOut() {
        return this == PRIVATE_ACCOMMODATION || this == ONWARD_MOVEMENT || this == VOLUNTARY_RETURN || this == HOSPITAL;
    }
}
