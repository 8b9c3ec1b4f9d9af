package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pages' server times: nearest-rank percentiles, and the file read back. */
class ServerTimingsTest {

    @Test
    void percentilesAreByTheNearestRank() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(ServerTimings.percentile(sorted, 50)).isEqualTo(5.0);
        assertThat(ServerTimings.percentile(sorted, 95)).isEqualTo(10.0);
        assertThat(ServerTimings.percentile(List.of(42.0), 99)).isEqualTo(42.0);
    }

    @Test
    void theFileWritten_isReadBackAsPages() {
        List<PageTimes.Page> pages = PageTimes.parse(List.of("name\tcount\tp50\tp95\tp99\tmax",
                "page registrar: inbox\t11\t24.0\t226.5\t226.5\t226.5"));
        assertThat(pages).containsExactly(new PageTimes.Page("page registrar: inbox", 11, 24.0, 226.5, 226.5, 226.5));
    }
}
