package org.refuge.platform.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Default interceptor of every enterprise bean (ejb-jar.xml): tells {@link CurrentUser} which roles the operation
 * admits, from its {@code @RolesAllowed} (the method's, else its class's), for as long as it runs. That is how the
 * site scope follows the role a user acts in: an operation only police may perform is scoped as police even when the
 * user is a caseworker too. Operations without {@code @RolesAllowed} (internal beans, {@code @PermitAll}) change
 * nothing.
 * <p>
 * It is also where the data-protection policy is applied by construction: what the outermost operation returns to
 * the screens or the API leaves through {@link Redaction}, in the roles the user acted in, so a {@link Classified}
 * field reaches no reader outside its class whichever screen, resource or export asks for it.
 */
public class OperationRoles {

    private static final Map<Method, Optional<Set<String>>> ADMITTED = new ConcurrentHashMap<>();

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<SensitiveCodes> sensitiveCodes;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        Optional<Set<String>> admitted = ADMITTED.computeIfAbsent(invocation.getMethod(), OperationRoles::admitted);
        if (admitted.isEmpty() || !entered(admitted.get())) {
            return invocation.proceed();
        }
        try {
            Object result = invocation.proceed();
            return currentUser.outermostOperation() && currentUser.established() ? redaction().apply(result) : result;
        } finally {
            currentUser.leaveOperation();
        }
    }

    private boolean entered(Set<String> admitted) {
        try {
            currentUser.enterOperation(admitted);
            return true;
        } catch (ContextNotActiveException noRequest) {
            return false; // no request, no user: nothing to scope
        }
    }

    private Redaction redaction() {
        return new Redaction(currentUser.actingRoles(), () -> sensitiveCodes.get().sensitiveNeedCodes());
    }

    static Optional<Set<String>> admitted(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Optional.empty() : Optional.of(Set.of(allowed.value()));
    }
}
