package org.refuge.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the desks of this run share beyond the server: the work items a virtual user has taken from a worklist, so
 * that two nurses never open the same person's screening (in an office they would see the colleague at it and take
 * the next one; the REST API has no claim for these tasks), and the households the registrars of this run registered
 * with their photos, by BCP, for the pages that show a household.
 */
final class Claims {

    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();
    private static final Map<String, Deque<String>> REGISTERED = new ConcurrentHashMap<>();
    private static final int KEPT_PER_SITE = 200;

    private Claims() {
    }

    /** Takes the item ({@code kind} such as "medical", its id) for the caller; false when someone took it before. */
    static boolean take(String kind, String id) {
        return TAKEN.add(kind + " " + id);
    }

    /** Whether the item was taken (a household skipped by the document desk stays taken: nobody needs to look again). */
    static boolean taken(String kind, String id) {
        return TAKEN.contains(kind + " " + id);
    }

    /** The first of the candidates (in the worklist's order) nobody has taken, now taken by the caller. */
    static Optional<String> takeFirst(String kind, List<String> candidates) {
        for (String id : candidates) {
            if (take(kind, id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** A household registered in this run at the site, its members with photos. */
    static void registered(String site, String registryNumber) {
        Deque<String> recent = REGISTERED.computeIfAbsent(site, s -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addFirst(registryNumber);
            if (recent.size() > KEPT_PER_SITE) {
                recent.removeLast();
            }
        }
    }

    /** One of the site's recent households at random (any site when {@code site} is empty), or empty before the first. */
    static Optional<String> recentHousehold(String site) {
        List<Deque<String>> pools = site.isEmpty() ? List.copyOf(REGISTERED.values())
                : REGISTERED.containsKey(site) ? List.of(REGISTERED.get(site)) : List.of();
        if (pools.isEmpty()) {
            return Optional.empty();
        }
        Deque<String> pool = pools.get(ThreadLocalRandom.current().nextInt(pools.size()));
        synchronized (pool) {
            if (pool.isEmpty()) {
                return Optional.empty();
            }
            return pool.stream().skip(ThreadLocalRandom.current().nextInt(pool.size())).findFirst();
        }
    }
}
