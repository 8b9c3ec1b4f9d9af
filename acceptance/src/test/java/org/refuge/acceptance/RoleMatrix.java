package org.refuge.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role × endpoint table {@code role-matrix.csv}: for every REST endpoint (method and path template) and every
 * role, whether the role is refused, allowed, or allowed on the records of its own sites only. Read by
 * {@link RoleMatrixTest} (the table lists exactly the resource methods) and {@link RoleMatrixIT} (the running
 * system decides as the table says).
 */
final class RoleMatrix {

    static final String FILE = "role-matrix.csv";
    static final List<String> ROLES = List.of("registrar", "caseworker", "supervisor", "police", "medical",
            "camp-manager", "social-worker", "auditor", "admin");

    /** What one cell says. */
    enum Access {
        DENY, ALLOW, OWN, ALL;

        boolean allowed() {
            return this != DENY;
        }
    }

    /** One row: an endpoint, the kind of record whose site decides a call ("-" for none), and each role's access. */
    record Row(int line, String method, String path, String site, Map<String, Access> access) {
        String endpoint() {
            return method + " " + path;
        }

        boolean siteBound() {
            return !"-".equals(site);
        }
    }

    private RoleMatrix() {
    }

    static List<Row> read() {
        InputStream in = RoleMatrix.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is not on the test class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    if (!header.subList(0, 3).equals(List.of("method", "path", "site")) || !header.subList(3, header.size()).equals(ROLES)) {
                        throw new IllegalStateException(FILE + ":" + number + ": the header must be method,path,site," + String.join(",", ROLES));
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(FILE + ":" + number + ": " + cells.size() + " cells, the header has " + header.size());
                }
                Map<String, Access> access = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    Access cell = Access.valueOf(cells.get(3 + i).toUpperCase(java.util.Locale.ROOT));
                    if ("-".equals(cells.get(2)) ? cell == Access.OWN || cell == Access.ALL : cell == Access.ALLOW) {
                        throw new IllegalStateException(FILE + ":" + number + ": " + ROLES.get(i) + " is " + cells.get(3 + i)
                                + ", but a row " + ("-".equals(cells.get(2)) ? "without" : "with") + " a site record takes "
                                + ("-".equals(cells.get(2)) ? "allow or deny" : "own, all or deny"));
                    }
                    access.put(ROLES.get(i), cell);
                }
                rows.add(new Row(number, cells.get(0), cells.get(1), cells.get(2), access));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
