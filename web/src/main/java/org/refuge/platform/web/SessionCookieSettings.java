package org.refuge.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when Refuge is served over TLS ({@code REFUGE_SECURE_COOKIES=true}, or
 * the system property {@code refuge.secure.cookies}); on plain HTTP over loopback, as in development, it cannot be.
 * {@code HttpOnly} comes from {@code web.xml}, {@code SameSite=Lax} from {@code WEB-INF/undertow-handlers.conf}.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String configured = System.getProperty("refuge.secure.cookies", System.getenv("REFUGE_SECURE_COOKIES"));
        if (Boolean.parseBoolean(configured == null ? "false" : configured.strip())) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
