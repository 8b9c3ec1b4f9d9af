package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;

class SizeBandsTest {

    private static SizeBands.Band band(int from, Integer to, int quantity) {
        return new SizeBands.Band(from, to, BigDecimal.valueOf(quantity));
    }

    @Test
    void aHousehold_getsTheQuantityOfItsBand() {
        SizeBands bands = SizeBands.of(List.of(band(6, null, 3), band(1, 2, 1), band(3, 5, 2)));
        assertThat(bands.quantityFor(1)).isEqualByComparingTo("1");
        assertThat(bands.quantityFor(2)).isEqualByComparingTo("1");
        assertThat(bands.quantityFor(3)).isEqualByComparingTo("2");
        assertThat(bands.quantityFor(5)).isEqualByComparingTo("2");
        assertThat(bands.quantityFor(6)).isEqualByComparingTo("3");
        assertThat(bands.quantityFor(14)).isEqualByComparingTo("3");
        assertThat(bands.bands()).extracting(SizeBands.Band::minSize).containsExactly(1, 3, 6);
    }

    @Test
    void aHouseholdLargerThanAClosedLastBand_getsTheLastBandsQuantity() {
        SizeBands bands = SizeBands.of(List.of(band(1, 2, 1), band(3, 8, 2)));
        assertThat(bands.quantityFor(10)).isEqualByComparingTo("2");
    }

    @Test
    void bands_mustStartAtOne_followEachOther_andOnlyTheLastIsOpen() {
        for (List<SizeBands.Band> wrong : List.of(
                List.of(band(2, null, 1)),                              // does not start at 1
                List.of(band(1, 2, 1), band(4, null, 2)),               // a gap: 3
                List.of(band(1, 3, 1), band(3, null, 2)),               // an overlap: 3
                List.of(band(1, null, 1), band(3, null, 2)),            // an open band before the last
                List.of(band(1, 2, 0)),                                 // nothing to give
                List.of(band(1, 0, 1)),                                 // ends before it begins
                List.<SizeBands.Band>of())) {
            assertThatThrownBy(() -> SizeBands.of(wrong)).as(wrong.toString()).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.is(Refusal.Kind.INVALID, SizeBands.INVALID)).isTrue());
        }
    }

    @Test
    void aHousehold_hasAtLeastOnePerson() {
        SizeBands bands = SizeBands.of(List.of(band(1, null, 1)));
        assertThatThrownBy(() -> bands.quantityFor(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
