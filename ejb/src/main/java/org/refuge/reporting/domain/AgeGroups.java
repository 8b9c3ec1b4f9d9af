package org.refuge.reporting.domain;

import java.util.List;

/**
 * The age groups a table counts in: UNHCR's population statistics (0-4, 5-11, 12-17, 18-59, 60+) and Eurostat's
 * temporary-protection tables (under 14, 14-17, 18-34, 35-64, 65 and over). Each is a list of labels and the first
 * age of each group after the first, and says itself in SQL for an age in whole years.
 */
public enum AgeGroups {
    UNHCR(List.of("0-4", "5-11", "12-17", "18-59", "60+"), new int[] {5, 12, 18, 60}),
    EUROSTAT(List.of("<14", "14-17", "18-34", "35-64", "65+"), new int[] {14, 18, 35, 65});

    private final List<String> labels;
    private final int[] starts;

    AgeGroups(List<String> labels, int[] starts) {
        this.labels = labels;
        this.starts = starts.clone();
    }

    /** The groups' labels, youngest first. */
    public List<String> labels() {
        return labels;
    }

    /** The label of the group of {@code age} years. */
    public String of(int age) {
        for (int i = 0; i < starts.length; i++) {
            if (age < starts[i]) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    /** A SQL expression giving the label of the group of the age (in whole years) that {@code age} evaluates to. */
    public String sql(String age) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < starts.length; i++) {
            sql.append(" WHEN ").append(age).append(" < ").append(starts[i]).append(" THEN '").append(labels.get(i)).append('\'');
        }
        return sql.append(" ELSE '").append(labels.get(labels.size() - 1)).append("' END").toString();
    }
}
