package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The last test of a run (see junit-platform.properties): the test server's log, from where it stood when the first
 * value was typed, holds none of the names, phones and document numbers the tests typed ({@link Typed}) — not in
 * the application's lines, nor Hibernate's, PgJDBC's or the containers'.
 */
@Order(Integer.MAX_VALUE)
class LogSearchIT {

    @Test
    void theServerLogHoldsNoNamePhoneOrDocumentNumberTheTestsTyped() throws IOException {
        Set<String> values = Typed.values();
        Assumptions.assumeTrue(!values.isEmpty(), "no test typed a name, phone or document number in this run");
        String log = withoutLineHeaders(logSinceTheRunBegan());
        List<String> hits = new ArrayList<>();
        for (String value : values) {
            int at = log.indexOf(value);
            if (at >= 0) {
                int start = log.lastIndexOf('\n', at) + 1;
                int end = log.indexOf('\n', at);
                // where the value stands and the message's start, without repeating the value
                hits.add("column " + (at - start) + ", " + value.length() + " characters: "
                        + log.substring(start, Math.min(start + 90, end < 0 ? log.length() : end)).replace(value, "<typed value>"));
            }
        }
        System.out.printf("[log search] %d values typed by the tests searched in %d characters of %s: %d hits%n",
                values.size(), log.length(), Typed.LOG.getParent(), hits.size());
        hits.forEach(hit -> System.out.println("[log search] hit: " + hit));
        assertThat(hits).as("log lines holding a typed name, phone or document number").isEmpty();
    }

    /** A WildFly log line's header: time, level, logger and thread. */
    private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile(
            "(?m)^\\d{4}-\\d\\d-\\d\\d [\\d:,]+ +[A-Z]+ +\\[[^\\]]*\\] \\([^)]*\\) ");

    /**
     * The log without its line headers: the time, the logger and the thread name ("Pool -- 35") hold nothing a person
     * typed, and a short typed value (four digits of a phone) found there is a false alarm.
     */
    static String withoutLineHeaders(String log) {
        return HEADER.matcher(log).replaceAll("");
    }

    /** server.log from its length at the first typed value, and every file rotated out of it since. */
    private static String logSinceTheRunBegan() throws IOException {
        Path dir = Typed.LOG.getParent();
        assertThat(dir).as("the test server's log directory").isDirectory();
        StringBuilder text = new StringBuilder();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith("server.log")).sorted().toList();
        }
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            boolean theFirst = Typed.LOG_KEY != null && Objects.equals(attributes.fileKey(), Typed.LOG_KEY);
            if (!theFirst && attributes.lastModifiedTime().toMillis() < Typed.STARTED) {
                continue;   // rotated out before this run
            }
            long from = theFirst ? Math.min(Typed.LOG_OFFSET, attributes.size()) : 0;
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(from);
                byte[] bytes = new byte[(int) (attributes.size() - from)];
                in.readFully(bytes);
                text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
