package org.refuge.protection.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the end-of-day photo print needs from the registry (port for the dailyPhotoPrint process). */
public interface PhotoPrintPlanning {

    /** The day a print fired at {@code at} lays out, the sites with photos taken that day, and the next print. */
    record Plan(LocalDate day, List<String> sites, Instant next) {
    }

    Plan plan(Instant at);

    /** The first print time after {@code after}. */
    Instant nextPrint(Instant after);
}
