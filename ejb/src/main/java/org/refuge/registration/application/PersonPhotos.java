package org.refuge.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.Person;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.Portrait;
import org.refuge.shared.PersonId;
import org.refuge.shared.SiteCode;

/** A registered person's portrait: taken or uploaded at the desk, read by every role that identifies the person. */
@Stateless
public class PersonPhotos {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    PortraitDecoder portraits;

    @Inject
    HouseholdScope scope;

    private final Clock clock = Clock.systemUTC();

    /**
     * Makes a 3:4 JPEG portrait of an uploaded or captured image and attaches it to the person, replacing an earlier
     * one (which stays in the photo table).
     */
    @RolesAllowed(Roles.REGISTRAR)
    public void attachPhoto(@NotNull PersonId personId, @NotNull byte[] image, @NotNull Photo.Source source) {
        Portrait portrait = portraits.portrait(image); // before any row is read: a busy wait holds no connection
        Person person = PersonService.person(em, personId);
        currentUser.requireSite(em.find(Household.class, person.householdId()).site());
        PersonService.requireRegistered(person);
        Photo photo = new Photo(portrait, source, Instant.now(clock), currentUser.username());
        em.persist(photo);
        person.attachPhoto(photo.id());
        audit.record(AuditAction.UPDATE, "Person", personId.toString(), "photo " + source.name().toLowerCase(Locale.ROOT));
    }

    /** The portrait JPEG of a person within the reader's scope of their household ({@link HouseholdScope}), or empty when none was taken. */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Optional<byte[]> photo(@NotNull PersonId personId) {
        Person person = PersonService.person(em, personId);
        Household household = em.find(Household.class, person.householdId());
        scope.requireReadable(household.id(), new SiteCode(household.siteCode()));
        audit.record(AuditAction.READ, "Person", personId.toString(), "photo");
        return Optional.ofNullable(person.photoId()).map(id -> em.find(Photo.class, id).jpeg());
    }
}
