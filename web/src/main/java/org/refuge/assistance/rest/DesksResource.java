package org.refuge.assistance.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.refuge.assistance.application.DeskService;
import org.refuge.assistance.application.DistributionViews.Desk;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.platform.security.Roles;
import org.refuge.shared.SiteCode;

/**
 * The distribution desk of a site, as its screen works (social workers and camp managers at their own sites,
 * supervisors at every site):
 * <ul>
 *   <li>{@code POST /api/v1/assistance/desks/{site}/scans} {@code {"qr"}}: the QR text of a registration slip or an
 *       identity card, as a handheld scanner or a camera reads it; the household it names as the desk shows it: which
 *       paper ({@code document} SLIP or CARD), {@code registryNumber}, the head's name, {@code size}, the members (a
 *       portrait is read from {@code /api/v1/persons/{id}/photo}), the open {@code rounds} of the site and the
 *       {@code lines} due in them, each with its collection when collected in its period (when, where). 400 when the
 *       text is no slip's or card's code; 409 when the paper is read but not accepted (changed, voided, reported lost
 *       or stolen, expired...), its words in the caller's language and {@code document}, {@code verdict}; 403 at a
 *       site not the caller's, or for a household they may not read that is due nothing at this site.</li>
 * </ul>
 */
@Path("/v1/assistance/desks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class DesksResource {

    @Inject
    DeskService desks;

    public record Scan(String qr) {
    }

    /** A member as the desk lists them; {@code portrait} says whether a photo can be read. */
    public record MemberAnswer(UUID personId, String name, String relationship, String sex, LocalDate birthDate, boolean portrait) {
    }

    /** The household a scanned paper names, as the desk shows it (portraits left out: they are read one by one). */
    public record DeskAnswer(String document, String registryNumber, String headName, String headNameLatin, String status, int size,
                             String siteCode, List<MemberAnswer> members, List<RoundRow> rounds, List<DueLine> lines) {
    }

    @POST
    @Path("{site}/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskAnswer scan(@PathParam("site") SiteCode site, Scan scan) {
        DeskService.Presented presented = desks.present(site, scan == null ? null : scan.qr());
        Desk desk = presented.desk();
        List<MemberAnswer> members = desk.members().stream().map(m -> new MemberAnswer(m.personId(), m.name(), m.relationship(), m.sex(),
                m.birthDate(), m.portrait() != null)).toList();
        return new DeskAnswer(presented.document(), desk.registryNumber(), desk.headName(), desk.headNameLatin(), desk.status(), desk.size(),
                desk.siteCode(), members, desk.rounds(), desk.lines());
    }
}
