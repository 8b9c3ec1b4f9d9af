package org.refuge.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;

class ListFilesTest {

    /** A list of {@code total} numbers, paged as the list services page. */
    private static List<PageRequest> asked = new ArrayList<>();

    private static Page<Integer> numbers(int total, PageRequest request) {
        asked.add(request);
        List<Integer> all = IntStream.range(0, total).boxed().toList();
        return Page.of(all.subList(Math.min(request.first(), total), Math.min(request.first() + request.size(), total)), total, request);
    }

    @Test
    void everyRowIsRead_aPageOfFiveHundredAtATime() {
        asked.clear();
        assertThat(ListFiles.all(request -> numbers(1_234, request), ListFiles.MAX_ROWS)).containsExactlyElementsOf(IntStream.range(0, 1_234).boxed().toList());
        assertThat(asked).extracting(PageRequest::first).containsExactly(0, 500, 1_000);
        asked.clear();
        assertThat(ListFiles.all(request -> numbers(0, request), ListFiles.MAX_ROWS)).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aListLongerThanAFileHolds_isRefusedWithItsLength_beforeItIsRead() {
        asked.clear();
        assertThatThrownBy(() -> ListFiles.all(request -> numbers(ListFiles.MAX_PDF_ROWS + 1, request), ListFiles.MAX_PDF_ROWS))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("refuge.report.list.long");
                    assertThat(refusal.arguments()).containsExactly((long) ListFiles.MAX_PDF_ROWS + 1, ListFiles.MAX_PDF_ROWS);
                });
        assertThat(asked).hasSize(1);
        assertThat(ListFiles.all(request -> numbers(ListFiles.MAX_ROWS, request), ListFiles.MAX_ROWS)).hasSize(ListFiles.MAX_ROWS);
    }
}
