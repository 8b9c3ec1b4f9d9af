package org.refuge.protection.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.refuge.platform.refusal.Refusal;

/**
 * The answer of a bulk grant ({@link BulkGrants}), one item per household, and its stored form: a retry with the same
 * {@code Idempotency-Key} answers what the first call answered, so the items are kept with the key, as a line each
 * (number, result, persons, rule, message key, arguments). A refusal is kept as its {@code ValidationMessages} key and
 * arguments, never as text, so each caller reads it in their own language.
 */
public final class BulkGrantResults {

    /** The message key of a household whose grant failed for a reason that is no rule (the database, say). */
    public static final String FAILED = "refuge.protection.bulkFailed";

    private static final String FIELDS = "\t";
    private static final String ARGUMENTS = "\u001f";

    private BulkGrantResults() {
    }

    /** What happened to one household. */
    public enum Result {
        /** protected now: {@code persons} of its members */
        GRANTED,
        /** nobody left to grant: {@code persons} of its members were protected before */
        ALREADY_GRANTED,
        /** nobody granted: the rule and its text say why */
        REFUSED
    }

    /**
     * One household's result; a refusal's text is its {@code messageKey} with {@code arguments}, and {@code rule} is
     * its short name for API clients ("securityPending", "outOfScope", "notFound", "forbidden", ...).
     */
    public record Item(String number, Result result, int persons, String rule, String messageKey, List<String> arguments)
            implements Serializable {
        public Item {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** The items in the order the households were named, and how many were granted, already granted, refused. */
    public record Outcome(List<Item> items) implements Serializable {
        public Outcome {
            items = List.copyOf(items);
        }

        public long granted() {
            return count(Result.GRANTED);
        }

        public long alreadyGranted() {
            return count(Result.ALREADY_GRANTED);
        }

        public long refused() {
            return count(Result.REFUSED);
        }

        private long count(Result result) {
            return items.stream().filter(i -> i.result() == result).count();
        }
    }

    static Item granted(String number, int persons) {
        return new Item(number, Result.GRANTED, persons, null, null, List.of());
    }

    static Item alreadyGranted(String number, int persons) {
        return new Item(number, Result.ALREADY_GRANTED, persons, null, null, List.of());
    }

    static Item refused(String number, Refusal refusal, String rule) {
        return new Item(number, Result.REFUSED, 0, rule, refusal.messageKey(),
                Arrays.stream(refusal.arguments()).map(String::valueOf).toList());
    }

    static Item failed(String number) {
        return new Item(number, Result.REFUSED, 0, "failed", FAILED, List.of());
    }

    /** The stored form: a line per item. */
    static String encode(Outcome outcome) {
        StringBuilder text = new StringBuilder();
        for (Item item : outcome.items()) {
            text.append(item.number()).append(FIELDS).append(item.result().name()).append(FIELDS).append(item.persons())
                    .append(FIELDS).append(orEmpty(item.rule())).append(FIELDS).append(orEmpty(item.messageKey())).append(FIELDS)
                    .append(String.join(ARGUMENTS, item.arguments().stream().map(BulkGrantResults::clean).toList())).append('\n');
        }
        return text.toString();
    }

    /** The items of a stored answer, as they were answered. */
    static Outcome decode(String stored) {
        List<Item> items = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(FIELDS, -1);
            List<String> arguments = f[5].isEmpty() ? List.of() : List.of(f[5].split(ARGUMENTS, -1));
            items.add(new Item(f[0], Result.valueOf(f[1]), Integer.parseInt(f[2]), emptyToNull(f[3]), emptyToNull(f[4]), arguments));
        }
        return new Outcome(items);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** An argument without the separators of the stored form. */
    private static String clean(String argument) {
        return argument.replace('\t', ' ').replace('\n', ' ').replace(ARGUMENTS.charAt(0), ' ');
    }
}
