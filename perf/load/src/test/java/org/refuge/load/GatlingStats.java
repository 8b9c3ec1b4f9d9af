package org.refuge.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The figures of one Gatling run as its HTML report holds them: {@code js/stats.js} (a JavaScript object literal
 * {@code var stats = {...}} of the groups and requests, each with its count, errors and the percentiles Gatling is
 * configured for: 50, 75, 95 and 99 by default) and the errors table of {@code index.html}. Gatling 3.13 writes no
 * stats.json, and its simulation.log is binary, so this is where a program reads them.
 */
final class GatlingStats {

    /** One request name or group: count, errors, and response times in milliseconds (null where Gatling shows "-"). */
    record Row(String name, boolean group, long count, long errors, Long p50, Long p95, Long p99, Long max) {
    }

    /** An error message (a failed check, a connection refused...) and how often it happened. */
    record Error(String message, long count) {
    }

    private static final ObjectMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final Pattern ERROR_ROW = Pattern.compile(
            "class=\"error-col-1 total ko\">\\s*(.*?)\\s*(?:<span|</td>).*?class=\"value error-col-2 total ko\">\\s*([0-9,]+)",
            Pattern.DOTALL);

    private final Row global;
    private final List<Row> rows;
    private final List<Error> errors;

    GatlingStats(Row global, List<Row> rows, List<Error> errors) {
        this.global = global;
        this.rows = rows;
        this.errors = errors;
    }

    /** The run in {@code runDirectory} (a folder of target/gatling, as {@code lastRun.txt} names it). */
    static GatlingStats read(Path runDirectory) throws IOException {
        String js = Files.readString(runDirectory.resolve("js").resolve("stats.js"), StandardCharsets.UTF_8);
        JsonNode root = parseStats(js);
        List<Row> rows = new ArrayList<>();
        collect(root.path("contents"), rows);
        String index = Files.readString(runDirectory.resolve("index.html"), StandardCharsets.UTF_8);
        return new GatlingStats(row(root, true), rows, errors(index));
    }

    /** The object literal after {@code var stats =}, up to the functions that follow it. */
    static JsonNode parseStats(String js) throws IOException {
        int start = js.indexOf('{', js.indexOf("var stats"));
        int end = js.indexOf("function fillStats");
        String literal = (end < 0 ? js.substring(start) : js.substring(start, end)).strip();
        if (literal.endsWith(";")) {
            literal = literal.substring(0, literal.length() - 1);
        }
        return LENIENT.readTree(literal);
    }

    /** The errors table of the report's index page, most frequent first as Gatling lists them. */
    static List<Error> errors(String indexHtml) {
        List<Error> errors = new ArrayList<>();
        Matcher m = ERROR_ROW.matcher(indexHtml);
        while (m.find()) {
            errors.add(new Error(unescape(m.group(1).replaceAll("<[^>]*>", "").strip()), Long.parseLong(m.group(2).replace(",", ""))));
        }
        return errors;
    }

    private static void collect(JsonNode contents, List<Row> rows) {
        contents.forEach(node -> {
            boolean group = "GROUP".equals(node.path("type").asText());
            rows.add(row(node, group));
            if (group) {
                collect(node.path("contents"), rows);
            }
        });
    }

    private static Row row(JsonNode node, boolean group) {
        JsonNode s = node.path("stats");
        String path = node.path("path").asText();
        String name = path.isEmpty() ? node.path("name").asText() : path;
        return new Row(name, group, number(s.path("numberOfRequests").path("total")), number(s.path("numberOfRequests").path("ko")),
                millis(s.path("percentiles1")), millis(s.path("percentiles3")), millis(s.path("percentiles4")),
                millis(s.path("maxResponseTime")));
    }

    private static long number(JsonNode value) {
        Long n = parse(value.asText());
        return n == null ? 0 : n;
    }

    private static Long millis(JsonNode figure) {
        return parse(figure.path("total").asText());
    }

    private static Long parse(String text) {
        String digits = text.replace(",", "").strip();
        return digits.matches("\\d+") ? Long.valueOf(digits) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    Row global() {
        return global;
    }

    List<Row> rows() {
        return rows;
    }

    List<Error> errors() {
        return errors;
    }
}
