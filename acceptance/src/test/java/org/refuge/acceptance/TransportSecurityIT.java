package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind TLS the browser is told to keep to TLS (HSTS) and no cookie travels in clear: Undertow's {@code secure-cookie}
 * handler marks every cookie of a TLS answer Secure (seen here on the sign-in redirect's cookie; the session cookie
 * comes only after a sign-in, which Keycloak's redirect URIs allow on the plain test port). The
 * test server's HTTPS listener is WildFly's own, with the certificate it makes for localhost on first use: the test
 * trusts it, as a browser would after an operator installs the real one.
 */
@ExtendWith(ArquillianExtension.class)
class TransportSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static URI https(String path) {
        int offset = Integer.getInteger("refuge.test.port.offset", 200);
        return URI.create("https://localhost:" + (8443 + offset) + "/" + path);
    }

    private static URI http(String path) {
        return URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path);
    }

    private static HttpClient client() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustingTheTestServer()}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void overTls_theBrowserIsToldToKeepToTls_andPlainHttpIsNot() throws Exception {
        HttpClient client = client();

        HttpResponse<String> secure = client.send(HttpRequest.newBuilder(https("api/v1/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(http("api/v1/me")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(secure.statusCode()).isEqualTo(401);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(secure.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(plain.statusCode()).isEqualTo(401);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void overTls_everyCookieTheServerSetsIsSecure_andOverPlainHttpNone() throws Exception {
        HttpClient client = client();

        List<String> secure = cookies(client, https("index.xhtml"));
        List<String> plain = cookies(client, http("index.xhtml"));

        assertThat(secure).as("cookies set over TLS on the way to sign-in").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(plain).as("cookies set over plain HTTP (loopback development)").isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    private static List<String> cookies(HttpClient client, URI page) throws Exception {
        // a browser's page request (the OIDC client answers requests that do not accept HTML as an API would: 401)
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(page).header("Accept", "text/html,application/xhtml+xml")
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as("an anonymous page request is sent to sign in").isBetween(300, 399);
        return answer.headers().allValues("Set-Cookie");
    }

    /** Trusts the test server's self-made certificate (and nothing is sent that needs more). */
    private static final class TrustingTheTestServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
