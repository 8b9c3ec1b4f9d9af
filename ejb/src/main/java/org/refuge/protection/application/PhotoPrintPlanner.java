package org.refuge.protection.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.protection.domain.DocumentDeadlines;

/** The end-of-day photo print's plan: the sites whose registered persons were photographed that day. */
@ApplicationScoped
public class PhotoPrintPlanner implements PhotoPrintPlanning {

    @PersistenceContext
    EntityManager em;

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

    @SuppressWarnings("unchecked")
    List<String> sitesWithPhotos(LocalDate day) {
        return em.createNativeQuery("""
                SELECT DISTINCT h.site_code FROM photo ph JOIN person p ON p.photo_id = ph.id JOIN household h ON h.id = p.household_id
                WHERE ph.taken_at >= :from AND ph.taken_at < :to AND p.status = 'REGISTERED' ORDER BY h.site_code""")
                .setParameter("from", day.atStartOfDay(settings.zone()).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(settings.zone()).toInstant()).getResultList();
    }
}
