package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a "lists never lie" test checks of a paged list resource: read in pages of two, every page states the same
 * exact total and its position, no row stands on two pages, the pages together are the whole list in its order, and
 * past the last page there are no rows but still the total.
 */
final class Paging {

    static final int SMALL = 2;

    private Paging() {
    }

    /** A list answered at the top level of the JSON (most resources). */
    static List<JsonNode> pagesOfTwo(String user, String path, Function<JsonNode, String> key) {
        return pagesOfTwo(user, path, answer -> answer, key);
    }

    /**
     * @param pageOf where the page stands in the answer (the household file holds its timeline's page)
     * @param key    what tells rows apart
     * @return the rows, in the list's order
     */
    static List<JsonNode> pagesOfTwo(String user, String path, Function<JsonNode, JsonNode> pageOf, Function<JsonNode, String> key) {
        String query = path + (path.contains("?") ? "&" : "?");
        List<String> whole = new ArrayList<>();
        long total = -1;
        for (int p = 0; total < 0 || (long) p * 500 < total; p++) {
            JsonNode page = pageOf.apply(ok(Api.get(user, query + "size=500&page=" + p)));
            assertThat(page.get("totalIsAtLeast").asBoolean()).as(path).isFalse();
            total = page.get("total").asLong();
            page.get("items").forEach(row -> whole.add(key.apply(row)));
        }
        assertThat(total).as("more rows than one small page: " + path).isGreaterThan(SMALL);
        assertThat(whole).as("the whole list, read 500 at a time").hasSize((int) total);
        List<JsonNode> rows = new ArrayList<>();
        for (int n = 0; (long) n * SMALL < total; n++) {
            JsonNode page = pageOf.apply(ok(Api.get(user, query + "size=" + SMALL + "&page=" + n)));
            assertThat(page.get("total").asLong()).as("the same total on page " + n + " of " + path).isEqualTo(total);
            assertThat(page.get("totalIsAtLeast").asBoolean()).isFalse();
            assertThat(page.get("page").asInt()).isEqualTo(n);
            assertThat(page.get("size").asInt()).isEqualTo(SMALL);
            assertThat(page.get("items")).as("page " + n).hasSize((int) Math.min(SMALL, total - (long) n * SMALL));
            page.get("items").forEach(rows::add);
        }
        JsonNode beyond = pageOf.apply(ok(Api.get(user, query + "size=" + SMALL + "&page=" + (total / SMALL + 1))));
        assertThat(beyond.get("items")).as("past the end: no rows").isEmpty();
        assertThat(beyond.get("total").asLong()).as("past the end: the same total").isEqualTo(total);
        List<String> keys = rows.stream().map(key).toList();
        assertThat(new HashSet<>(keys)).as("no row on two pages of " + path).hasSameSizeAs(keys);
        assertThat(keys).as("the pages together are the whole list, in its order: " + path).isEqualTo(whole);
        return rows;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
