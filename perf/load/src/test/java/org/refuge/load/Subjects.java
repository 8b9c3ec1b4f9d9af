package org.refuge.load;

/**
 * What the desks and pages work under, found or made by {@link Preparation} before the load starts: the decree on
 * temporary protection in force (the caseworkers decide under it) and the influx event (the supervisor's action plan).
 */
final class Subjects {

    private static volatile String decree = "";
    private static volatile String influxEvent = "";

    private Subjects() {
    }

    static void set(String decreeId, String influxEventId) {
        decree = decreeId;
        influxEvent = influxEventId;
    }

    static String decree() {
        return decree;
    }

    static String influxEvent() {
        return influxEvent;
    }
}
