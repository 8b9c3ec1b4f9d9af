package org.refuge.camps.domain;

import java.util.List;

/** A camp's set-up checklist: the action plan's measures for a temporary camp, each done or not. */
public record Checklist(List<Item> items) {

    /** The measures of the action plan's second area that a camp needs before it opens. */
    public enum Measure { LAND, ACCOMMODATION_TENTS, SMS_STAFF_TENT, MEDICAL_SOCIAL_TENT, POLICE_TENT, WATER_SANITARY_POINTS, POWER_SUPPLY }

    public record Item(Measure measure, boolean done) {
    }

    public boolean complete() {
        return items.stream().allMatch(Item::done);
    }

    public long done() {
        return items.stream().filter(Item::done).count();
    }
}
