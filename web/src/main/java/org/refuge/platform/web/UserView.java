package org.refuge.platform.web;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.security.AccountService;
import org.refuge.platform.security.AccountService.Me;

/** The signed-in user as the page header and the home page show them. */
@Named
@RequestScoped
public class UserView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Me me;

    public Me getMe() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    public boolean hasRole(String role) {
        return getMe().roles().contains(role);
    }
}
