package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PageStatsTest {

    @Test
    void serverMillis_readsTheAppMetric_aloneOrAmongOthers() {
        assertThat(PageStats.serverMillis("app;dur=123.4")).isEqualTo(123.4);
        assertThat(PageStats.serverMillis("db;dur=5, app;desc=\"render\";dur=12")).isEqualTo(12.0);
        assertThat(PageStats.serverMillis("app ; dur = 7.25")).isEqualTo(7.25);
        assertThat(PageStats.serverMillis("application;dur=9, cache;desc=hit")).isNaN();
        assertThat(PageStats.serverMillis("app")).isNaN();
        assertThat(PageStats.serverMillis(null)).isNaN();
    }

    @Test
    void merged_percentilesAreOverEveryLoad_theSizeIsTheLargest_andLoadsWithoutTimingAreCounted() {
        PageStats one = new PageStats();
        PageStats two = new PageStats();
        for (int ms = 1; ms <= 50; ms++) {
            one.loaded("app;dur=" + ms + ".0", ms * 2_000_000L, 100 * 1024);
            two.loaded("app;dur=" + (ms + 50) + ".0", (ms + 50) * 2_000_000L, 150 * 1024);
        }
        two.loaded(null, 1_000_000L, 10);
        two.failed("HTTP 500");
        two.failed("HTTP 502");

        PageStats all = new PageStats();
        all.addAll(one);
        all.addAll(two);

        assertThat(all.loads()).isEqualTo(101);
        assertThat(all.withoutTiming()).isEqualTo(1);
        assertThat(all.errors()).isEqualTo(2);
        assertThat(all.firstError()).isEqualTo("HTTP 500");
        assertThat(all.serverPercentile(50)).isCloseTo(50.0, within(1e-9));
        assertThat(all.serverPercentile(95)).isCloseTo(95.0, within(1e-9));
        assertThat(all.clientPercentile(95)).isCloseTo(190.0, within(1e-9));
        assertThat(all.largestKilobytes()).isEqualTo(150.0);
    }

    @Test
    void aPageNeverLoaded_hasNoPercentile() {
        assertThat(new PageStats().serverPercentile(95)).isNaN();
    }
}
