package org.refuge.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Keeps the staff directory ({@link StaffDirectory}) up to date from the requests' tokens at the cost of a map look-up per
 * request: a user's roles and sites are written when this node sees them for the first time or changed, not at every
 * request. A failed write is tried again at the user's next request and never fails the request (logged without the
 * user's name).
 */
@ApplicationScoped
public class StaffSightings {

    private static final Logger LOG = Logger.getLogger(StaffSightings.class);

    /** What this node wrote last for each user: roles and sites. */
    private final Map<String, List<Object>> written = new ConcurrentHashMap<>();

    @Inject
    StaffDirectory directory;

    /** Called by the web layer once the request's user is established. */
    public void seen(CurrentUser user) {
        if (!user.established()) {
            return;
        }
        List<Object> now = List.of(user.roles(), StaffDirectory.siteCodes(user.sites()));
        if (Objects.equals(written.get(user.username()), now)) {
            return;
        }
        try {
            directory.record(user.username(), user.roles(), user.sites());
            written.put(user.username(), now);
        } catch (RuntimeException e) {
            LOG.warnf("The staff directory was not updated for a request (%s); the user's next request tries again",
                    e.getClass().getSimpleName());
        }
    }
}
