package org.refuge.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Values of native query results as the JDBC driver and Hibernate hand them over, as java.time types. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    /** A date column. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A count or sum column (bigint, numeric), zero where a sum over no rows is null. */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
