package org.refuge.platform.web;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database constraint that refused what a user typed, found in a failure's causes by its SQLState: a CHECK
 * (23514), NOT NULL (23502), unknown code (23503), a business key that exists already (23505), a value too long
 * (22001) or otherwise out of the column's type (class 22: bad number, date out of range, a NUL character). The field
 * comes from the constraint or column name PostgreSQL reports ({@code person_phone_format} → {@code phone}); the
 * failing row itself is never read (the datasource sets {@code logServerErrorDetail=false}, so it is not even there).
 * A unique violation of an idempotency key or of a "one … per …" rule is not a refusal of a value: two requests saved
 * the same at once, which {@link ConcurrentChange} answers.
 *
 * @param conflict   true for 409 (the value exists already), false for 400
 * @param field      the form's field, or null when the database does not say which
 * @param messageKey a ValidationMessages key
 */
public record DatabaseRefusal(boolean conflict, String field, String messageKey) {

    private static final Pattern RELATION = Pattern.compile("(?:relation|table) \"([a-z0-9_]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z0-9_]+)\"");
    private static final Pattern COLUMN = Pattern.compile("column \"([a-z0-9_]+)\"");
    private static final List<String> SUFFIXES = List.of("_not_blank", "_not_negative", "_positive", "_format", "_range",
            "_known", "_unique", "_printable", "_limit", "_fkey", "_pkey", "_key", "_check");
    /** The application's tables, longest first: a unique violation's message names the constraint only. */
    private static final List<String> TABLES = java.util.stream.Stream.of("audit_event", "camp", "camp_stay", "camp_structure",
            "camp_water_supply", "country", "document_deadline_breach", "document_type", "duplicate_match", "household",
            "household_visible_need", "identity_document", "identity_document_print", "influx_event", "language",
            "medical_screening", "person", "person_citizenship", "person_document", "person_language", "person_need", "photo",
            "private_accommodation", "protection_decree", "protection_decree_citizenship", "protection_event",
            "protection_exception", "protection_status", "registry_counter", "security_check", "site", "specific_need",
            "transfer_manifest", "transfer_manifest_household").sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** Where the name does not tell the form's field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("household_size_range", "sizeInRange"),
            Map.entry("person_document_number_key_format", "documents.number"),
            Map.entry("person_document_number_printable", "documents.number"),
            Map.entry("person_document_type_code_fkey", "documents.typeCode"),
            Map.entry("person_document_issuing_country_fkey", "documents.issuingCountry"),
            Map.entry("person_citizenship_country_code_fkey", "citizenships"),
            Map.entry("person_language_language_code_fkey", "languages"),
            Map.entry("person_need_need_code_fkey", "needs"),
            Map.entry("household_visible_need_need_code_fkey", "visibleNeeds"),
            Map.entry("protection_decree_citizenship_country_code_fkey", "citizenships"),
            Map.entry("protection_decree_in_force_after_adoption", "inForceFrom"),
            Map.entry("protection_decree_arrival_window", "arrivedUntil"),
            Map.entry("protection_exception_justified", "justification"),
            Map.entry("site_pkey", "code"));

    public static Optional<DatabaseRefusal> of(Throwable failure) {
        SQLException sql = sqlException(failure);
        if (sql == null || sql.getSQLState() == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        String constraint = group(CONSTRAINT, message);
        String relation = group(RELATION, message);
        return switch (state) {
            case "23514" -> Optional.of(new DatabaseRefusal(false, field(constraint, relation), "refuge.database.invalid"));
            case "23502" -> Optional.of(new DatabaseRefusal(false, camel(group(COLUMN, message)), "refuge.database.required"));
            case "23503" -> Optional.of(new DatabaseRefusal(false, field(constraint, relation), "refuge.database.unknown"));
            case "23505" -> constraint == null || constraint.contains("idempotency") || constraint.contains("_one_")
                    ? Optional.empty()
                    : Optional.of(new DatabaseRefusal(true, field(constraint, relation), "refuge.database.duplicate"));
            case "22001" -> Optional.of(new DatabaseRefusal(false, null, "refuge.database.tooLong"));
            default -> state.startsWith("22") ? Optional.of(new DatabaseRefusal(false, null, "refuge.database.invalid")) : Optional.empty();
        };
    }

    /** The first SQLException among the causes, suppressed exceptions and next exceptions of a failure. */
    public static SQLException sqlException(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                SQLException next = sql.getNextException();
                // a batch's own exception says "aborted"; the next one names the constraint
                return next != null && next.getSQLState() != null && !sql.getSQLState().startsWith("23")
                        && !sql.getSQLState().startsWith("22") ? next : sql;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return null;
    }

    private static String field(String constraint, String relation) {
        if (constraint == null) {
            return null;
        }
        if (FIELDS.containsKey(constraint)) {
            return FIELDS.get(constraint);
        }
        String name = constraint;
        String table = relation != null ? relation
                : TABLES.stream().filter(t -> constraint.startsWith(t + "_")).findFirst().orElse(null);
        if (table != null && name.startsWith(table + "_")) {
            name = name.substring(table.length() + 1);
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return camel(name);
    }

    private static String camel(String snake) {
        if (snake == null || snake.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
