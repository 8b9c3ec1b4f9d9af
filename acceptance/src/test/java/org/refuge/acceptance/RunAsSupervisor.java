package org.refuge.acceptance;

import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.refuge.platform.security.Roles;

/** Runs a piece of test code with the supervisor role, inside the caller's transaction. */
@Stateless
@RunAs(Roles.SUPERVISOR)
@PermitAll
public class RunAsSupervisor {
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
