package org.refuge.protection.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.refuge.platform.web.PortraitAnswers;
import org.refuge.protection.application.DocumentService;

/**
 * The registry portrait of a verified document's holder for the verification page:
 * {@code /protection/portrait?document=<id>}, with the service's role check (police, registrars, supervisors,
 * caseworkers: those who verify).
 */
@WebServlet("/protection/portrait")
public class DocumentPortraitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> jpeg;
        try {
            jpeg = documents.portrait(UUID.fromString(String.valueOf(request.getParameter("document"))));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PortraitAnswers.send(response, jpeg);
    }
}
