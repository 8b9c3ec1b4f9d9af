package org.refuge.camps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TentProposalTest {

    private static TentProposal.Tent tent(int number, int beds, int occupied, boolean accessible) {
        return new TentProposal.Tent(UUID.nameUUIDFromBytes(("t" + number).getBytes()), number, beds, occupied, accessible, false);
    }

    private static TentProposal.Tent isolatedTent(int number, int beds, int occupied) {
        return new TentProposal.Tent(UUID.nameUUIDFromBytes(("t" + number).getBytes()), number, beds, occupied, false, true);
    }

    private static List<Integer> numbers(List<TentProposal.Share> shares) {
        return shares.stream().map(TentProposal.Share::number).toList();
    }

    @Test
    void aFamilyOfFour_getsOneTent_theTightestFit() {
        List<TentProposal.Tent> tents = List.of(tent(1, 20, 0, false), tent(2, 20, 15, false), tent(3, 20, 17, false));
        List<TentProposal.Share> shares = TentProposal.propose(tents, new TentProposal.Household(4, false, false)).orElseThrow();
        assertThat(numbers(shares)).containsExactly(2);
        assertThat(shares.get(0).beds()).isEqualTo(4);
    }

    @Test
    void aLargeFamily_getsAdjoiningTents_neverTentsApart() {
        // 25 persons, tents of 20: no single tent; 1 and 2 adjoin, 2 and 4 do not
        List<TentProposal.Tent> tents = List.of(tent(1, 20, 10, false), tent(2, 20, 0, false), tent(4, 20, 0, false));
        List<TentProposal.Share> shares = TentProposal.propose(tents, new TentProposal.Household(25, false, false)).orElseThrow();
        assertThat(numbers(shares)).containsExactly(1, 2);
        assertThat(shares).extracting(TentProposal.Share::beds).containsExactly(10, 15);

        List<TentProposal.Tent> apart = List.of(tent(1, 20, 10, false), tent(3, 20, 0, false));
        assertThat(TentProposal.propose(apart, new TentProposal.Household(25, false, false))).isEmpty();
    }

    @Test
    void specificNeeds_goToAccessibleTents_andOthersLeaveThemFree() {
        List<TentProposal.Tent> tents = List.of(tent(1, 20, 0, true), tent(2, 20, 0, false));
        assertThat(numbers(TentProposal.propose(tents, new TentProposal.Household(3, true, false)).orElseThrow())).containsExactly(1);
        assertThat(numbers(TentProposal.propose(tents, new TentProposal.Household(3, false, false)).orElseThrow())).containsExactly(2);
    }

    @Test
    void isolation_onlyInEmptyTents() {
        List<TentProposal.Tent> tents = List.of(tent(1, 20, 1, false), tent(2, 20, 0, false));
        assertThat(numbers(TentProposal.propose(tents, new TentProposal.Household(2, false, true)).orElseThrow())).containsExactly(2);
        assertThat(TentProposal.propose(List.of(tent(1, 20, 1, false)), new TentProposal.Household(2, false, true))).isEmpty();
    }

    @Test
    void nobodyJoinsAnIsolatedHousehold_inItsTent() {
        List<TentProposal.Tent> tents = List.of(isolatedTent(1, 20, 2), tent(2, 20, 18, false));
        assertThat(numbers(TentProposal.propose(tents, new TentProposal.Household(2, false, false)).orElseThrow())).containsExactly(2);
        assertThat(TentProposal.propose(List.of(isolatedTent(1, 20, 2)), new TentProposal.Household(1, false, false))).isEmpty();
        // a household that needs no isolation finds the tent taken by one that does: the refusal says so, not "isolation"
        assertThat(TentProposal.check(List.of(isolatedTent(1, 20, 2)), new TentProposal.Household(1, false, false)))
                .contains("isolatedOccupant");
    }

    @Test
    void whenNothingIsProposed_theRefusalNamesTheCause() {
        TentProposal.Household four = new TentProposal.Household(4, false, false);
        // 3 free beds in all (the isolated household's tent does not count): the camp is full for four
        List<TentProposal.Tent> nearlyFull = List.of(tent(1, 20, 18, false), tent(2, 20, 19, false), isolatedTent(3, 20, 2));
        assertThat(TentProposal.propose(nearlyFull, four)).isEmpty();
        assertThat(TentProposal.whyNoRoom(nearlyFull, four)).isEqualTo("campFull");
        // 20 free beds, never together
        List<TentProposal.Tent> scattered = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            scattered.add(tent(i * 2, 20, 18, false));
        }
        assertThat(TentProposal.whyNoRoom(scattered, four)).isEqualTo("noRoom");
        // isolation needs empty tents, and every tent has someone in it
        TentProposal.Household isolated = new TentProposal.Household(2, false, true);
        assertThat(TentProposal.propose(scattered, isolated)).isEmpty();
        assertThat(TentProposal.whyNoRoom(scattered, isolated)).isEqualTo("isolationNoEmptyTent");
    }

    @Test
    void noRoom_whenTheFreeBedsAreScattered() {
        List<TentProposal.Tent> tents = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            tents.add(tent(i * 2, 20, 18, false));   // 2 free in every other tent: 20 free, never together
        }
        assertThat(TentProposal.propose(tents, new TentProposal.Household(4, false, false))).isEmpty();
        assertThat(TentProposal.propose(tents, new TentProposal.Household(2, false, false))).isPresent();
    }

    @Test
    void aChoiceByHand_isCheckedAgainstTheSameRules() {
        TentProposal.Household four = new TentProposal.Household(4, false, false);
        assertThat(TentProposal.check(List.of(tent(1, 2, 0, false), tent(3, 2, 0, false)), four)).contains("adjoining");
        assertThat(TentProposal.check(List.of(tent(1, 20, 18, false)), four)).contains("full");
        assertThat(TentProposal.check(List.of(tent(1, 20, 5, false)), new TentProposal.Household(4, false, true))).contains("isolation");
        assertThat(TentProposal.check(List.of(tent(1, 2, 0, false), tent(2, 2, 0, false)), four)).isEmpty();
        assertThat(TentProposal.fill(List.of(tent(2, 2, 0, false), tent(1, 3, 0, false)), 4))
                .extracting(TentProposal.Share::number, TentProposal.Share::beds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(2, 1));
    }

    private static TentProposal.Tent childAloneTent(int number, int beds, int occupied) {
        return new TentProposal.Tent(UUID.nameUUIDFromBytes(("t" + number).getBytes()), number, beds, occupied, false, false, true);
    }

    @Test
    void anUnaccompaniedChild_withoutACaregiverArrangement_onlyGetsATentNobodyElseIsIn() {
        TentProposal.Household child = new TentProposal.Household(1, false, false, true, false);
        List<TentProposal.Tent> tents = List.of(tent(1, 20, 19, false), tent(2, 20, 0, false));
        assertThat(numbers(TentProposal.propose(tents, child).orElseThrow())).as("not the tightest fit among strangers").containsExactly(2);
        assertThat(TentProposal.propose(List.of(tent(1, 20, 5, false)), child)).isEmpty();
        assertThat(TentProposal.whyNoRoom(List.of(tent(1, 20, 5, false)), child)).isEqualTo("unaccompaniedChildNoEmptyTent");
        assertThat(TentProposal.check(List.of(tent(1, 20, 5, false)), child)).contains("unaccompaniedChild");
        assertThat(TentProposal.check(List.of(tent(2, 20, 0, false)), child)).isEmpty();
    }

    @Test
    void noHouseholdWithAdults_joinsAnUnaccompaniedChildsTent() {
        TentProposal.Household adults = new TentProposal.Household(2, false, false);
        List<TentProposal.Tent> tents = List.of(childAloneTent(1, 20, 1), tent(2, 20, 10, false));
        assertThat(numbers(TentProposal.propose(tents, adults).orElseThrow())).containsExactly(2);
        assertThat(TentProposal.propose(List.of(childAloneTent(1, 20, 1)), adults)).isEmpty();
        assertThat(TentProposal.check(List.of(childAloneTent(1, 20, 1)), adults)).contains("unaccompaniedChild");
        TentProposal.Household children = new TentProposal.Household(2, false, false, false, false);
        assertThat(TentProposal.check(List.of(childAloneTent(1, 20, 1)), children)).as("children without adults may").isEmpty();
    }
}
