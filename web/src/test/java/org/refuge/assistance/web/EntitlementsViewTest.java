package org.refuge.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refuge.assistance.application.EntitlementForm.BandForm;
import org.refuge.assistance.domain.SizeBands;

class EntitlementsViewTest {

    @Test
    void bandsTypedOnOneLine_becomeBands_andAreWrittenBackTheSameWay() {
        List<BandForm> bands = EntitlementsView.parseBands(" 1-2 = 1; 3-5=2 ;6+=2,5 ");
        assertThat(bands).extracting(BandForm::getMinSize).containsExactly(1, 3, 6);
        assertThat(bands).extracting(BandForm::getMaxSize).containsExactly(2, 5, null);
        assertThat(bands.get(2).getQuantity()).isEqualByComparingTo("2.5");
        assertThat(EntitlementsView.text(bands.stream().map(b -> new SizeBands.Band(b.getMinSize(), b.getMaxSize(), b.getQuantity())).toList()))
                .isEqualTo("1-2=1; 3-5=2; 6+=2.5");
    }

    @Test
    void aSingleSize_isABandOfOne_andNoTextIsNoBands() {
        assertThat(EntitlementsView.parseBands("4=3")).singleElement().satisfies(b -> {
            assertThat(b.getMinSize()).isEqualTo(4);
            assertThat(b.getMaxSize()).isEqualTo(4);
            assertThat(b.getQuantity()).isEqualByComparingTo(BigDecimal.valueOf(3));
        });
        assertThat(EntitlementsView.parseBands("  ")).isEmpty();
    }

    @Test
    void textThatIsNotBands_isRefused() {
        for (String wrong : List.of("1-2", "one=1", "1-2=1, 3+=2", "1-2=-1", "1--2=1")) {
            assertThat(EntitlementsView.parseBands(wrong)).as(wrong).isNull();
        }
    }
}
