package org.refuge.platform.config;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings read from the environment (or a system property of the same name in lower case with dots):
 * {@code REFUGE_TIME_ZONE} (default Asia/Yerevan) is the zone of registry-number dates and end-of-day work.
 */
@ApplicationScoped
public class RefugeSettings {

    static final String DEFAULT_ZONE = "Asia/Yerevan";

    public ZoneId zone() {
        String configured = System.getProperty("refuge.time.zone", System.getenv("REFUGE_TIME_ZONE"));
        try {
            return ZoneId.of(configured == null || configured.isBlank() ? DEFAULT_ZONE : configured);
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }
}
