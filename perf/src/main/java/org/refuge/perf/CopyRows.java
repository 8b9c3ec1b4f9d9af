package org.refuge.perf;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/** Rows of one table in PostgreSQL's COPY text format (tab-separated, \N for null), sent with {@link CopyManager}. */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private boolean firstField = true;
    private long count;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows field(Object value) {
        if (!firstField) {
            rows.append('\t');
        }
        firstField = false;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean b) {
            rows.append(b ? 't' : 'f');
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\t' -> rows.append("\\t");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    default -> rows.append(c);
                }
            }
        }
        return this;
    }

    void endRow() {
        rows.append('\n');
        firstField = true;
        count++;
    }

    long count() {
        return count;
    }

    /** The rows not sent yet, as COPY reads them. */
    String text() {
        return rows.toString();
    }

    /** Sends the rows, keeping them until {@link #clear} (a transaction rolled back sends them again); returns the rows PostgreSQL took. */
    long copy(CopyManager copy) throws SQLException, IOException {
        if (count == 0) {
            return 0;
        }
        return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text()));
    }

    /** Forgets the rows sent (their transaction committed). */
    void clear() {
        rows.setLength(0);
        count = 0;
    }
}
