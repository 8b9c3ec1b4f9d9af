package org.refuge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    @Test
    void establish_keepsOnlyRefugeRolesInCanonicalOrder() {
        CurrentUser user = new CurrentUser();
        user.establish("u", "U", List.of("offline_access", "police", "registrar"), List.of("BCP-B", "BCP-A"));
        assertThat(user.roles()).containsExactly("registrar", "police");
        assertThat(user.sites()).containsExactly("BCP-A", "BCP-B");
    }

    @Test
    void requireSite_refusesAnotherSiteToASiteBoundRole() {
        CurrentUser user = new CurrentUser();
        user.establish("registrar", null, List.of("registrar"), List.of("BCP-MARGARA"));
        user.requireSite("BCP-MARGARA");
        assertThatThrownBy(() -> user.requireSite("BCP-BAGRATASHEN")).isInstanceOf(SiteAccessDeniedException.class);
        assertThat(user.displayName()).isEqualTo("registrar");
    }

    @Test
    void requireSite_letsAllSiteRolesEverywhere() {
        CurrentUser user = new CurrentUser();
        user.establish("s", "S", List.of("supervisor"), List.of());
        assertThat(user.seesAllSites()).isTrue();
        user.requireSite("CAMP-ANY");
    }
}
