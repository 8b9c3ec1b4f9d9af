package org.refuge.registration.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.shared.PersonId;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PersonSearchService;
import org.refuge.registration.application.PersonPhotos;
import org.refuge.registration.application.PersonService;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.Portrait;

/**
 * Persons: search by name (any script, fuzzy), birth date and document number; one person; corrections; the
 * portrait as JPEG. Site scope as for households.
 */
@Path("/v1/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class PersonsResource {

    @Inject
    PersonService persons;

    @Inject
    PersonPhotos photos;

    @Inject
    PersonSearchService search;

    /**
     * {@code GET /api/v1/persons?name=&birthDate=yyyy-MM-dd&document=&page=&size=}: at least one criterion; they
     * combine. Best first, a page with the total ({@code totalIsAtLeast} beyond the count's cap).
     */
    @GET
    public PageAnswer<PersonView> search(@QueryParam("name") String name, @QueryParam("birthDate") String birthDate,
                                         @QueryParam("document") String document, @BeanParam PageParams paging) {
        LocalDate birth;
        try {
            birth = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
        if ((name == null || name.isBlank()) && birth == null && (document == null || document.isBlank())) {
            throw new BadRequestException();
        }
        return PageAnswer.of(search.search(name, birth, document, paging.request()));
    }

    @GET
    @Path("{id}")
    public PersonView person(@PathParam("id") PersonId id) {
        return persons.find(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER})
    public PersonView correct(@PathParam("id") PersonId id, MemberForm form) {
        return persons.correctMember(id, form);
    }

    /** {@code PUT .../{id}/photo} with a JPEG, PNG, GIF or BMP body of at most 10 MB: becomes the 3:4 portrait. */
    @PUT
    @Path("{id}/photo")
    @Consumes({"image/jpeg", "image/png", "image/gif", "image/bmp", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.REGISTRAR)
    public Response uploadPhoto(@PathParam("id") PersonId id, InputStream body) throws IOException {
        photos.attachPhoto(id, readAtMost(body, Portrait.MAX_INPUT_BYTES), Photo.Source.UPLOAD);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/photo")
    @Produces("image/jpeg")
    public Response photo(@PathParam("id") PersonId id) {
        byte[] jpeg = photos.photo(id).orElseThrow(NotFoundException::new);
        return Response.ok(jpeg, "image/jpeg").header("Cache-Control", "private, no-store").build();
    }

    /**
     * Reads the body, keeping at most {@code limit} bytes: the rest of a larger upload (a 40 MB file) is read and
     * dropped, so that the client gets its 413 with the reason instead of a broken connection.
     */
    static byte[] readAtMost(InputStream body, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = body.read(buffer)) != -1; ) {
            total += n;
            if (total <= limit) {
                out.write(buffer, 0, n);
            }
        }
        if (total > limit) {
            throw Portrait.refused(Portrait.Reason.TOO_LARGE);
        }
        return out.toByteArray();
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
