package org.refuge.platform.config;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Settings read from the environment (or a system property of the same name in lower case with dots):
 * {@code REFUGE_TIME_ZONE} (default Asia/Yerevan) is the zone of registry-number dates and end-of-day work;
 * {@code REFUGE_NO_SHOW_HOURS} (default 24) is how long an allocated bed waits for its person before the camp manager
 * is asked to decide on a no-show; {@code REFUGE_RENEWAL_NOTICE_DAYS} (default 30) is how long before protection
 * expires a caseworker is asked to decide on renewal; {@code REFUGE_PHOTO_PRINT_TIME} (default 20:00, in the time
 * zone) is the hour of the end-of-day photo print.
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

    static final int DEFAULT_RENEWAL_NOTICE_DAYS = 30;

    static final java.time.LocalTime DEFAULT_PHOTO_PRINT_TIME = java.time.LocalTime.of(20, 0);

    public java.time.Period renewalNotice() {
        String configured = System.getProperty("refuge.renewal.notice.days", System.getenv("REFUGE_RENEWAL_NOTICE_DAYS"));
        try {
            int days = configured == null || configured.isBlank() ? DEFAULT_RENEWAL_NOTICE_DAYS : Integer.parseInt(configured.strip());
            return java.time.Period.ofDays(days < 0 ? DEFAULT_RENEWAL_NOTICE_DAYS : days);
        } catch (NumberFormatException e) {
            return java.time.Period.ofDays(DEFAULT_RENEWAL_NOTICE_DAYS);
        }
    }

    public java.time.LocalTime photoPrintTime() {
        String configured = System.getProperty("refuge.photo.print.time", System.getenv("REFUGE_PHOTO_PRINT_TIME"));
        try {
            return configured == null || configured.isBlank() ? DEFAULT_PHOTO_PRINT_TIME : java.time.LocalTime.parse(configured.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return DEFAULT_PHOTO_PRINT_TIME;
        }
    }

    static final double DEFAULT_TASK_IDLE_HOURS = 8;

    /**
     * {@code REFUGE_TASK_IDLE_HOURS} (or {@code refuge.task.idle.hours}; default 8, fractions allowed, at most a
     * year): how long a claimed task may stay with its holder without being completed before it returns to its group
     * by itself. Read at each use, so a change of the system property takes effect at the next sweep.
     */
    public java.time.Duration taskIdleLimit() {
        String configured = System.getProperty("refuge.task.idle.hours", System.getenv("REFUGE_TASK_IDLE_HOURS"));
        double hours = DEFAULT_TASK_IDLE_HOURS;
        try {
            double value = configured == null || configured.isBlank() ? DEFAULT_TASK_IDLE_HOURS : Double.parseDouble(configured.strip());
            hours = value > 0 && value <= 24 * 366 ? value : DEFAULT_TASK_IDLE_HOURS;
        } catch (NumberFormatException e) {
            // the default
        }
        return java.time.Duration.ofSeconds(Math.max(1, Math.round(hours * 3600)));
    }

    static final int DEFAULT_SECURITY_CHECK_AGE = 14;

    /**
     * {@code REFUGE_SECURITY_CHECK_AGE} (or {@code refuge.security.check.age}; default 14, whole years from 0 to 120):
     * the age from which a registered member gets a security check of their own. Read at each registration, so a change
     * applies to members registered from then on.
     */
    public int securityCheckAge() {
        String configured = System.getProperty("refuge.security.check.age", System.getenv("REFUGE_SECURITY_CHECK_AGE"));
        try {
            int years = configured == null || configured.isBlank() ? DEFAULT_SECURITY_CHECK_AGE : Integer.parseInt(configured.strip());
            return years >= 0 && years <= 120 ? years : DEFAULT_SECURITY_CHECK_AGE;
        } catch (NumberFormatException e) {
            return DEFAULT_SECURITY_CHECK_AGE;
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

    static final double DEFAULT_PHOTO_MAX_MEGAPIXELS = 12;

    static final int DEFAULT_PHOTO_DECODES = 2;

    /**
     * {@code REFUGE_PHOTO_MAX_MEGAPIXELS} (default 12): the most width × height, in millions of pixels, that a photo
     * may declare; a larger one is refused before it is decoded.
     */
    public long photoMaxPixels() {
        String configured = System.getProperty("refuge.photo.max.megapixels", System.getenv("REFUGE_PHOTO_MAX_MEGAPIXELS"));
        try {
            double megapixels = configured == null || configured.isBlank() ? DEFAULT_PHOTO_MAX_MEGAPIXELS : Double.parseDouble(configured.strip());
            return Math.round((megapixels > 0 && megapixels <= 1000 ? megapixels : DEFAULT_PHOTO_MAX_MEGAPIXELS) * 1e6);
        } catch (NumberFormatException e) {
            return Math.round(DEFAULT_PHOTO_MAX_MEGAPIXELS * 1e6);
        }
    }

    /**
     * {@code REFUGE_PHOTO_DECODES} (default 2): how many photos may be decoded at once; another upload waits briefly
     * for one of them to end and is otherwise asked to retry.
     */
    public int photoDecodes() {
        String configured = System.getProperty("refuge.photo.decodes", System.getenv("REFUGE_PHOTO_DECODES"));
        try {
            int decodes = configured == null || configured.isBlank() ? DEFAULT_PHOTO_DECODES : Integer.parseInt(configured.strip());
            return decodes < 1 ? DEFAULT_PHOTO_DECODES : decodes;
        } catch (NumberFormatException e) {
            return DEFAULT_PHOTO_DECODES;
        }
    }
}
