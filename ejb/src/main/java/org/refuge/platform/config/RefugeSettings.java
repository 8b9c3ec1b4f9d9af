package org.refuge.platform.config;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings read from the environment (or a system property of the same name in lower case with dots):
 * {@code REFUGE_TIME_ZONE} (default Asia/Yerevan) is the zone of registry-number dates and end-of-day work;
 * {@code REFUGE_NO_SHOW_HOURS} (default 24) is how long an allocated bed waits for its person before the camp manager
 * is asked to decide on a no-show.
 */
@ApplicationScoped
public class RefugeSettings {

    static final String DEFAULT_ZONE = "Asia/Yerevan";

    static final int DEFAULT_NO_SHOW_HOURS = 24;

    public java.time.Duration noShowAfter() {
        String configured = System.getProperty("refuge.no.show.hours", System.getenv("REFUGE_NO_SHOW_HOURS"));
        try {
            int hours = configured == null || configured.isBlank() ? DEFAULT_NO_SHOW_HOURS : Integer.parseInt(configured.strip());
            return java.time.Duration.ofHours(hours < 0 ? DEFAULT_NO_SHOW_HOURS : hours);
        } catch (NumberFormatException e) {
            return java.time.Duration.ofHours(DEFAULT_NO_SHOW_HOURS);
        }
    }

    public ZoneId zone() {
        String configured = System.getProperty("refuge.time.zone", System.getenv("REFUGE_TIME_ZONE"));
        try {
            return ZoneId.of(configured == null || configured.isBlank() ? DEFAULT_ZONE : configured);
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }
}
