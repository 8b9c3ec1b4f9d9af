package org.refuge.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Integer> rows = IntStream.range(0, 7).boxed().toList();

    @Test
    void slice_givesThePageAskedFor_andTheWholeListsTotal() {
        Page<Integer> page = Page.slice(rows, PageRequest.page(1, 3));

        assertThat(page.items()).containsExactly(3, 4, 5);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void slice_pastTheEnd_isEmpty_butStillSaysHowManyThereAre() {
        Page<Integer> page = Page.slice(rows, PageRequest.page(5, 3));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void lastPage_hasNoMore_unlessTheCountStoppedAtItsCap() {
        assertThat(Page.slice(rows, PageRequest.page(2, 3)).hasMore()).isFalse();
        assertThat(new Page<>(List.of(1), 1, true, 0, 1).hasMore()).isTrue();
    }

    @Test
    void aCappedCount_reachesOnePagePastAPageAtOrBeyondItsCap_soThePaginatorOffersTheNext() {
        assertThat(PageRequest.page(0, 50).countCap(10_000)).isEqualTo(10_000);
        assertThat(PageRequest.page(198, 50).countCap(10_000)).as("the page before the cap's").isEqualTo(10_000);
        assertThat(PageRequest.page(199, 50).countCap(10_000)).as("the cap's last page").isEqualTo(10_050);
        assertThat(PageRequest.page(400, 50).countCap(10_000)).isEqualTo(20_100);
    }

    @Test
    void map_keepsTotalAndPosition() {
        Page<String> page = Page.slice(rows, PageRequest.page(1, 2)).map(String::valueOf);

        assertThat(page.items()).containsExactly("2", "3");
        assertThat(page).extracting(Page::total, Page::first, Page::size).containsExactly(7L, 2, 2);
    }

    @Test
    void request_refusesNegativePages_emptyPages_andPagesOverTheMaximum() {
        assertThatThrownBy(() -> PageRequest.page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.page(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.page(Integer.MAX_VALUE / 2, 400)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.page(3, 50)).isEqualTo(new PageRequest(150, 50));
    }
}
