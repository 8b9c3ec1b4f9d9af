package org.refuge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IdempotencyFingerprintsTest {

    private static String digest(String body) {
        return IdempotencyFingerprints.digest(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameMembersInAnotherOrderOrSpacing_haveTheSameDigest() {
        assertThat(digest("{\"name\":\"A\",\"threshold\":20,\"tags\":[1,{\"b\":2,\"a\":1}]}"))
                .isEqualTo(digest(" {\n \"threshold\" : 20, \"tags\" : [ 1, {\"a\":1, \"b\":2} ], \"name\" : \"A\" } "))
                .hasSize(64);
    }

    @Test
    void anotherValue_orAnotherOrderInAList_hasAnotherDigest() {
        String first = digest("{\"name\":\"A\",\"threshold\":20}");
        assertThat(digest("{\"name\":\"A\",\"threshold\":21}")).isNotEqualTo(first);
        assertThat(digest("{\"name\":\"B\",\"threshold\":20}")).isNotEqualTo(first);
        assertThat(digest("{\"name\":\"A\",\"threshold\":20,\"extra\":null}")).isNotEqualTo(first);
        assertThat(digest("[1,2]")).isNotEqualTo(digest("[2,1]"));
    }

    @Test
    void aBodyThatIsNotJson_isDigestedAsItsBytes() {
        assertThat(digest("{\"name\":")).isEqualTo(digest("{\"name\":")).isNotEqualTo(digest("{\"name\": "));
        assertThat(digest("[".repeat(100_000))).hasSize(64);
    }
}
