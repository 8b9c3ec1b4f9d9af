package org.refuge.camps.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a household sleeps in one camp: the rules of allocation, without the database. A household stays together:
 * in one tent when one has the beds, otherwise in adjoining tents (consecutive numbers) of the same camp, never split
 * across camps. A household with specific needs goes to an accessible tent when there is one; others leave accessible
 * tents for those who need them. A household to be isolated (medical screening) gets tents nobody else is in, and
 * nobody else joins it there. An unaccompanied child for whom no social worker has recorded a caregiver arrangement is
 * never placed with unrelated adults: their household gets tents nobody else is in, and no household with adults
 * joins it there ("unaccompaniedChild").
 */
public final class TentProposal {

    /**
     * A tent in service with its free beds now; isolated while a household to be isolated holds beds in it;
     * {@code childAlone} while an unaccompanied child without a caregiver arrangement holds a bed in it.
     */
    public record Tent(UUID id, int number, int beds, int occupied, boolean accessible, boolean isolated, boolean childAlone) {
        public Tent(UUID id, int number, int beds, int occupied, boolean accessible, boolean isolated) {
            this(id, number, beds, occupied, accessible, isolated, false);
        }

        public int free() {
            return beds - occupied;
        }
    }

    /** The beds one tent gives the household. */
    public record Share(UUID tentId, int number, int beds) {
    }

    /**
     * What the household needs. {@code unaccompaniedChild}: it holds an unaccompanied child without a caregiver
     * arrangement (tents nobody else is in); {@code adults}: it has adults (who may not join such a child's tent).
     */
    public record Household(int persons, boolean needsAccessible, boolean isolation, boolean unaccompaniedChild, boolean adults) {
        public Household {
            if (persons < 1) {
                throw new IllegalArgumentException("A household has at least one person");
            }
        }

        /** A household of adults with no unaccompanied child. */
        public Household(int persons, boolean needsAccessible, boolean isolation) {
            this(persons, needsAccessible, isolation, false, true);
        }

        /** Whether it may only have tents nobody else is in. */
        public boolean needsEmptyTents() {
            return isolation || unaccompaniedChild;
        }

        /** Whether it may take beds in this tent as the tent is now. */
        boolean mayUse(Tent tent) {
            return needsEmptyTents() ? tent.occupied() == 0 : tent.free() > 0 && !tent.isolated() && !(adults && tent.childAlone());
        }
    }

    private TentProposal() {
    }

    /** The proposal for a household among a camp's tents in service, or empty when the camp cannot take it together. */
    public static Optional<List<Share>> propose(List<Tent> tents, Household household) {
        List<Tent> usable = tents.stream().filter(household::mayUse)
                .sorted(Comparator.comparingInt(Tent::number)).toList();
        Optional<Tent> single = usable.stream().filter(t -> t.free() >= household.persons())
                .min(Comparator.<Tent>comparingInt(t -> t.accessible() == household.needsAccessible() ? 0 : 1)
                        .thenComparingInt(Tent::free)       // the tightest fit keeps large tents for large families
                        .thenComparingInt(Tent::number));
        if (single.isPresent()) {
            return Optional.of(List.of(new Share(single.get().id(), single.get().number(), household.persons())));
        }
        return adjoining(usable, household);
    }

    /**
     * Why {@link #propose} found nothing, as an accommodation rule: "isolationNoEmptyTent" (an isolated household and
     * not enough empty tents), "unaccompaniedChildNoEmptyTent" (an unaccompanied child without a caregiver arrangement
     * and not enough empty tents), "campFull" (fewer free beds than persons, leaving aside tents an isolated household
     * holds), else "noRoom" (the beds are there but not together).
     */
    public static String whyNoRoom(List<Tent> tents, Household household) {
        if (household.isolation()) {
            return "isolationNoEmptyTent";
        }
        if (household.unaccompaniedChild()) {
            return "unaccompaniedChildNoEmptyTent";
        }
        int free = tents.stream().filter(t -> !t.isolated()).mapToInt(t -> Math.max(0, t.free())).sum();
        return free < household.persons() ? "campFull" : "noRoom";
    }

    /** The shortest run of consecutively numbered tents with the beds together; the lowest numbers on a tie. */
    private static Optional<List<Share>> adjoining(List<Tent> usable, Household household) {
        List<Tent> best = null;
        for (int start = 0; start < usable.size(); start++) {
            int free = 0;
            for (int end = start; end < usable.size(); end++) {
                if (end > start && usable.get(end).number() != usable.get(end - 1).number() + 1) {
                    break;
                }
                free += usable.get(end).free();
                if (free >= household.persons()) {
                    if (best == null || end - start + 1 < best.size()) {
                        best = usable.subList(start, end + 1);
                    }
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Share> shares = new ArrayList<>();
        int left = household.persons();
        for (Tent tent : best) {
            int beds = Math.min(left, tent.free());
            shares.add(new Share(tent.id(), tent.number(), beds));
            left -= beds;
        }
        return Optional.of(shares);
    }

    /**
     * Whether tents chosen by hand keep the rules: enough free beds together, consecutive numbers, empty tents for
     * isolation, and no tent an isolated household holds for anyone else ("isolatedOccupant": placed there since the
     * tents were proposed); an unaccompanied child without a caregiver arrangement only in tents nobody else is in, and
     * no household with adults in a tent such a child holds ("unaccompaniedChild"). Returns the rule broken, or empty
     * when the choice is allowed.
     */
    public static Optional<String> check(List<Tent> chosen, Household household) {
        List<Tent> sorted = chosen.stream().sorted(Comparator.comparingInt(Tent::number)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).number() != sorted.get(i - 1).number() + 1) {
                return Optional.of("adjoining");
            }
        }
        if (household.isolation() && sorted.stream().anyMatch(t -> t.occupied() > 0)) {
            return Optional.of("isolation");
        }
        if (!household.isolation() && sorted.stream().anyMatch(TentProposal.Tent::isolated)) {
            return Optional.of("isolatedOccupant");
        }
        if (household.unaccompaniedChild() && sorted.stream().anyMatch(t -> t.occupied() > 0)
                || household.adults() && sorted.stream().anyMatch(TentProposal.Tent::childAlone)) {
            return Optional.of("unaccompaniedChild");
        }
        if (sorted.stream().mapToInt(Tent::free).sum() < household.persons()) {
            return Optional.of("full");
        }
        return Optional.empty();
    }

    /** Shares over chosen tents, filled in number order. */
    public static List<Share> fill(List<Tent> chosen, int persons) {
        List<Share> shares = new ArrayList<>();
        int left = persons;
        for (Tent tent : chosen.stream().sorted(Comparator.comparingInt(Tent::number)).toList()) {
            if (left == 0) {
                break;
            }
            int beds = Math.min(left, tent.free());
            if (beds > 0) {
                shares.add(new Share(tent.id(), tent.number(), beds));
                left -= beds;
            }
        }
        return shares;
    }
}
