package org.refuge.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.refuge.registration.domain.Portrait;

/** The screens' photo uploads refuse what the API refuses: one byte limit, Portrait.MAX_INPUT_BYTES. */
class PhotoUploadLimitTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyFileUpload_checksTheApisByteLimit() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        int uploads = 0;
        Pattern upload = Pattern.compile("<p:fileUpload\\b(.*?)(/>|</p:fileUpload>)", Pattern.DOTALL);
        for (Path page : pages) {
            Matcher m = upload.matcher(Files.readString(page));
            while (m.find()) {
                uploads++;
                assertThat(m.group(0)).as(page + ": " + m.group(0))
                        .contains("<p:validateFile sizeLimit=\"#{photoLimits.maxBytes}\"/>");
            }
        }
        assertThat(uploads).isGreaterThanOrEqualTo(2); // pre-registration and members
        assertThat(new PhotoLimits().getMaxBytes()).isEqualTo(Portrait.MAX_INPUT_BYTES);
    }

    @Test
    void theContainersCeiling_liesAboveTheLimit_soThatTheLimitsMessageIsShown() throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        long file = number(webXml, "max-file-size");
        long request = number(webXml, "max-request-size");
        assertThat(file).isGreaterThan(Portrait.MAX_INPUT_BYTES);
        assertThat(request).isGreaterThanOrEqualTo(file);
    }

    private static long number(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">\\s*(\\d+)\\s*</" + element + ">").matcher(xml);
        assertThat(m.find()).as(element).isTrue();
        return Long.parseLong(m.group(1));
    }
}
