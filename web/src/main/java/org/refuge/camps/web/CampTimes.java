package org.refuge.camps.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.config.RefugeSettings;

/**
 * Times on the camp pages, to the minute, in the zone where the border crossing points and camps are
 * ({@code REFUGE_TIME_ZONE}): a manifest's departure is typed in it and the services store instants. Shown in the
 * page language's pattern ({@link org.refuge.platform.web.Dates}).
 */
@Named
@ApplicationScoped
public class CampTimes {

    @Inject
    RefugeSettings settings;

    @Inject
    org.refuge.platform.web.Dates dates;

    public String format(Instant at) {
        return dates.time(at);
    }

    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    public LocalDateTime now() {
        return LocalDateTime.now(settings.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}
