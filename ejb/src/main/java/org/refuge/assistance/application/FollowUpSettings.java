package org.refuge.assistance.application;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The follow-up clock, configurable per deployment: the hours within which a family with a specific need is first
 * contacted ({@code refuge.follow.up.first.contact.hours} or REFUGE_FOLLOW_UP_FIRST_CONTACT_HOURS, 72 by default) and
 * the days an open case with nothing pending may rest before its supervisor is called
 * ({@code refuge.follow.up.review.days} or REFUGE_FOLLOW_UP_REVIEW_DAYS, 14 by default). A value that is not a positive
 * whole number falls back to the default.
 */
@ApplicationScoped
public class FollowUpSettings {

    static final int DEFAULT_FIRST_CONTACT_HOURS = 72;
    static final int DEFAULT_REVIEW_DAYS = 14;

    public Duration firstContact() {
        return Duration.ofHours(positive("refuge.follow.up.first.contact.hours", "REFUGE_FOLLOW_UP_FIRST_CONTACT_HOURS", DEFAULT_FIRST_CONTACT_HOURS));
    }

    public Duration review() {
        return Duration.ofDays(positive("refuge.follow.up.review.days", "REFUGE_FOLLOW_UP_REVIEW_DAYS", DEFAULT_REVIEW_DAYS));
    }

    static int positive(String property, String variable, int fallback) {
        String configured = System.getProperty(property, System.getenv(variable));
        try {
            int value = configured == null || configured.isBlank() ? fallback : Integer.parseInt(configured.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
