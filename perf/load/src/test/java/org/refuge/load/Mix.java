package org.refuge.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the virtual users split over the desks, in the proportions a migration service staffs a border influx with:
 * mostly registration, then the screening desks, then the camps, the caseworkers and the card desk; a fifth work in
 * the JSF screens (registrars, medical, police, camp managers, caseworkers, supervisors). Shares are rounded by the
 * largest remainder, with at least one user per desk when there are users enough, so small runs reach every path.
 * {@code -Drefuge.mix=registrar=9,documents=3,...} gives other weights (desks left out get none).
 */
final class Mix {

    /** Per cent of the users at each desk; the keys name the scenarios. */
    static final Map<String, Integer> SHARES = shares();

    private Mix() {
    }

    private static Map<String, Integer> shares() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("registrar", 40);
        shares.put("medical", 14);
        shares.put("security", 12);
        shares.put("camp", 5);
        shares.put("protection", 5);
        shares.put("documents", 4);
        shares.put("pages", 20);
        return shares;
    }

    /**
     * Weights written as {@code desk=weight,...}; empty or blank text gives the default {@link #SHARES}.
     *
     * @throws IllegalArgumentException for a desk that does not exist or a weight that is not a number
     */
    static Map<String, Integer> weights(String text) {
        if (text == null || text.isBlank()) {
            return SHARES;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.strip().split("=");
            if (kv.length != 2 || !SHARES.containsKey(kv[0].strip()) || !kv[1].strip().matches("\\d+")) {
                throw new IllegalArgumentException("refuge.mix: '" + pair + "' is not desk=weight with a desk of " + SHARES.keySet());
            }
            weights.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        return weights;
    }

    /** {@code users} split by the default shares. */
    static Map<String, Integer> split(int users) {
        return split(users, SHARES);
    }

    /** {@code users} split by {@code shares} (weights of any sum): the counts add up to {@code users}. */
    static Map<String, Integer> split(int users, Map<String, Integer> shares) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = Math.max(1, shares.values().stream().mapToInt(Integer::intValue).sum());
        boolean everyDesk = users >= shares.size();
        int given = 0;
        for (Map.Entry<String, Integer> e : shares.entrySet()) {
            int n = users * e.getValue() / total;
            if (everyDesk && n == 0 && e.getValue() > 0) {
                n = 1;
            }
            counts.put(e.getKey(), n);
            given += n;
        }
        List<String> byRemainder = new ArrayList<>(shares.keySet().stream().filter(k -> shares.get(k) > 0).toList());
        if (byRemainder.isEmpty()) {
            return counts;
        }
        byRemainder.sort(Comparator.comparingDouble((String k) -> remainder(users, shares.get(k), total)).reversed());
        for (int i = 0; given < users; i = (i + 1) % byRemainder.size()) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
            given++;
        }
        // the minimum of one per desk may have given more than there are: take back from the largest
        while (given > users) {
            String largest = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            counts.merge(largest, -1, Integer::sum);
            given--;
        }
        return counts;
    }

    private static double remainder(int users, int share, int total) {
        double exact = (double) users * share / total;
        return exact - Math.floor(exact);
    }
}
