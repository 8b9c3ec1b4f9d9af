package org.refuge.load;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The development realm's demo accounts (password {@code demo}), by role, with the site each works at
 * ({@code refuge-realm-demo.json}). Many virtual users share an account: the realm has three registrars, not three
 * hundred. A role's accounts are handed out in turn, so the work spreads over the border crossing points and camps.
 */
final class Accounts {

    /** One account: its user name and the site of its {@code site} attribute (null for the all-sites roles). */
    record Account(String username, String site) {
    }

    static final List<Account> REGISTRARS = List.of(new Account("registrar", "BCP-MARGARA"),
            new Account("registrar2", "BCP-BAGRATASHEN"), new Account("registrar3", "BCP-KORNIDZOR"));
    static final List<Account> MEDICAL = List.of(new Account("medical", "BCP-MARGARA"),
            new Account("medical2", "BCP-BAGRATASHEN"), new Account("medical3", "BCP-KORNIDZOR"));
    static final List<Account> POLICE = List.of(new Account("police", "BCP-MARGARA"),
            new Account("police2", "BCP-BAGRATASHEN"), new Account("police3", "BCP-KORNIDZOR"));
    static final List<Account> CAMP_MANAGERS = List.of(new Account("camp-manager", "CAMP-ARARAT-1"),
            new Account("camp-manager2", "CAMP-GORIS-1"));
    static final List<Account> CASEWORKERS = List.of(new Account("caseworker", null));
    static final List<Account> SUPERVISORS = List.of(new Account("supervisor", null));
    static final List<Account> SOCIAL_WORKERS = List.of(new Account("social-worker", "CAMP-ARARAT-1"),
            new Account("social-worker2", "CAMP-GORIS-1"));
    static final List<Account> AUDITORS = List.of(new Account("auditor", null));

    private Accounts() {
    }

    /** Every demo account once: the sign-in storm goes through all of them in turn. */
    static List<Account> all() {
        return Stream.of(REGISTRARS, MEDICAL, POLICE, CAMP_MANAGERS, CASEWORKERS, SUPERVISORS, SOCIAL_WORKERS, AUDITORS)
                .flatMap(List::stream).toList();
    }

    /**
     * A Gatling feeder that gives each virtual user the next account of the list, round robin, as session attributes
     * {@code username} and {@code site} (empty for all-sites roles).
     */
    static Iterator<Map<String, Object>> feeder(List<Account> accounts) {
        AtomicLong next = new AtomicLong();
        Supplier<Map<String, Object>> record = () -> {
            Account a = accounts.get((int) (next.getAndIncrement() % accounts.size()));
            return Map.of("username", a.username(), "site", a.site() == null ? "" : a.site());
        };
        return Stream.generate(record).iterator();
    }
}
