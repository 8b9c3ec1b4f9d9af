package org.refuge.protection.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.protection.domain.DocumentDeadlines;
import org.refuge.registration.application.RegistryFacts;

/** The end-of-day photo print's plan: the sites whose registered persons were photographed that day. */
@ApplicationScoped
public class PhotoPrintPlanner implements PhotoPrintPlanning {

    @Inject
    RegistryFacts registry;

    @Inject
    RefugeSettings settings;

    @Override
    public Plan plan(Instant at) {
        LocalDate day = DocumentDeadlines.printDay(at, settings.photoPrintTime(), settings.zone());
        return new Plan(day, sitesWithPhotos(day), nextPrint(at));
    }

    @Override
    public Instant nextPrint(Instant after) {
        return DocumentDeadlines.nextPrint(after, settings.photoPrintTime(), settings.zone());
    }

    List<String> sitesWithPhotos(LocalDate day) {
        return registry.sitesWithPhotos(day.atStartOfDay(settings.zone()).toInstant(), day.plusDays(1).atStartOfDay(settings.zone()).toInstant());
    }
}
