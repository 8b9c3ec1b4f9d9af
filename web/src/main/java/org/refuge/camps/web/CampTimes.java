package org.refuge.camps.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.config.RefugeSettings;

/**
 * Times on the camp pages, to the minute, in the zone where the border crossing points and camps are
 * ({@code REFUGE_TIME_ZONE}): a manifest's departure is typed in it and the services store instants.
 */
@Named
@ApplicationScoped
public class CampTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    RefugeSettings settings;

    public String format(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(settings.zone()));
    }

    public LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    public LocalDateTime now() {
        return LocalDateTime.now(settings.zone()).truncatedTo(ChronoUnit.MINUTES);
    }
}
