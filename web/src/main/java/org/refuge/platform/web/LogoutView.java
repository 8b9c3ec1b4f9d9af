package org.refuge.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.OidcPrincipal;

/** Ends the application session and the Keycloak session, then comes back to the (login-protected) home page. */
@Named
@RequestScoped
public class LogoutView {

    public void logout() throws IOException, ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        Principal principal = request.getUserPrincipal();
        String idToken = principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null
                ? oidc.getOidcSecurityContext().getIDTokenString() : null;
        String home = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        request.logout();
        context.invalidateSession();
        StringBuilder endSession = new StringBuilder(OidcSettings.providerUrl())
                .append("/protocol/openid-connect/logout?client_id=").append(encode(OidcSettings.clientId()))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        context.redirect(endSession.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
