package org.refuge.registration.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.refuge.shared.PersonId;
import org.refuge.platform.web.PortraitAnswers;
import org.refuge.registration.application.PersonPhotos;
import org.refuge.platform.refusal.Refusal;

/** A person's portrait for the screens: {@code /photo?person=<id>}, with the service's role and site checks. */
@WebServlet("/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonPhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            jpeg = photos.photo(PersonId.parse(request.getParameter("person")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (Refusal e) {
            response.sendError(e.kind().status()); // 404 for an unknown person, 403 for one of another site
            return;
        }
        PortraitAnswers.send(response, jpeg);
    }
}
