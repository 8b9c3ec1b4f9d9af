package org.refuge.load;

import java.time.Instant;

import io.gatling.javaapi.core.Session;

/**
 * When this run's work ends: the ramp and then the measured minutes, the same moment for every virtual user, so that
 * all of them work at once for the whole {@code minutes} after the last has arrived (a user who arrived early works
 * longer, as the first desks open before the last).
 */
final class Run {

    private static volatile Instant end = Instant.now();

    private Run() {
    }

    /** Called when the load starts. */
    static void starts(LoadSettings settings) {
        end = Instant.now().plusSeconds(settings.rampSeconds() + settings.minutes() * 60L);
    }

    /**
     * Whether the work goes on, for the desks' loop {@code asLongAs(Run::going, "round", true)}: checked before each
     * step (exit as soon as possible), so that nobody starts a step after the end. Gatling's {@code during} is no fit:
     * it measures from each user's own start.
     */
    static boolean going(Session session) {
        return Instant.now().isBefore(end);
    }
}
