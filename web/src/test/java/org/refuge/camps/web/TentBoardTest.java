package org.refuge.camps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.camps.application.CampService.StructureView;

class TentBoardTest {

    /** {@code tents} tents, every third one full and every fifth accessible, and a water point. */
    private static List<StructureView> camp(int tents) {
        List<StructureView> structures = new ArrayList<>();
        for (int n = 1; n <= tents; n++) {
            structures.add(new StructureView(UUID.randomUUID(), "TENT", n, 10, n % 3 == 0 ? 10 : 0, BigDecimal.TEN, 0, 0, 0, n % 5 == 0, true));
        }
        structures.add(new StructureView(UUID.randomUUID(), "WATER_SANITARY_POINT", 1, 0, 0, BigDecimal.ONE, 2, 8, 4, false, true));
        return structures;
    }

    @Test
    void aBoardOfAThousandTents_showsTwoHundredAPage_andPagesThroughAll() {
        TentBoard board = new TentBoard();
        List<StructureView> camp = camp(1000);
        assertThat(board.pages(camp)).isEqualTo(5);
        assertThat(board.shown(camp)).hasSize(200).first().extracting(StructureView::number).isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            board.next();
        }
        assertThat(board.shown(camp)).as("the last page, however far next went").hasSize(200).last().extracting(StructureView::number).isEqualTo(1000);
        board.previous();
        assertThat(board.shown(camp).get(0).number()).isEqualTo(601);
    }

    @Test
    void aFilter_startsAgainAtTheFirstPage_andCountsOnlyWhatItKeeps() {
        TentBoard board = new TentBoard();
        List<StructureView> camp = camp(1000);
        board.next();
        board.setOnlyAccessible(true);
        assertThat(board.getPage()).isZero();
        assertThat(board.shown(camp)).hasSize(200).allMatch(StructureView::accessible);
        assertThat(board.pages(camp)).isEqualTo(1);
        board.setOnlyFree(true);
        assertThat(board.shown(camp)).allMatch(t -> t.accessible() && t.occupied() < t.beds()).hasSize(134);
    }

    @Test
    void aCampOfAHundredTents_isOnePage_withoutItsOtherStructures() {
        TentBoard board = new TentBoard();
        assertThat(board.shown(camp(100))).hasSize(100).allMatch(s -> "TENT".equals(s.kind()));
        assertThat(board.pages(camp(100))).isEqualTo(1);
        assertThat(board.pages(List.of())).isEqualTo(1);
        assertThat(board.shown(List.of())).isEmpty();
    }
}
