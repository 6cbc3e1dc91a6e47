package org.passerelle.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passerelle.security.Roles;
import org.passerelle.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers, cookie and host checks as a browser meets them, on the running server with the Vaadin servlet
 * (MockMvc does not serve Vaadin's pages): a kiosk page, the login page and a signed-in staff page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedPagesTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_kiosk_page_the_login_page_and_a_staff_page_carry_the_security_headers() throws Exception {
        users.create("served-agent", "Noah Leblanc", "correct horse battery", Set.of(Roles.AGENT));
        HttpResponse<String> kiosk = get("/");
        HttpResponse<String> login = get("/login");
        HttpResponse<String> signedIn = post("/login", "username=served-agent&password="
                + URLEncoder.encode("correct horse battery", StandardCharsets.UTF_8) + "&_csrf=" + csrfToken(login.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> agent = get("/agent");

        assertThat(kiosk.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(agent.statusCode()).isEqualTo(200);
        for (HttpResponse<String> page : java.util.List.of(kiosk, login, agent)) {
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().getPath())
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeadersFilter.PERMISSIONS_POLICY);
            assertThat(page.headers().firstValue("Cache-Control")).as(page.uri().getPath())
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        }
    }

    @Test
    void the_login_redirect_keeps_the_session_in_a_same_site_cookie_and_never_in_the_url() throws Exception {
        HttpResponse<String> redirect = get("/agent");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
        assertThat(redirect.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void a_forged_host_header_is_refused_and_never_echoed_into_a_redirect() throws IOException {
        String answer = raw("GET /agent HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("evil.example");
    }

    @Test
    void behind_a_local_https_proxy_the_redirect_and_the_cookie_follow_https() throws IOException {
        String answer = raw("GET /agent HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-Host: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: https://localhost/login")
                .containsPattern("Set-Cookie: JSESSIONID=[^\\r]*; Secure")
                .contains("Strict-Transport-Security: max-age=31536000");
    }

    @Test
    void the_load_balancer_reads_readiness_without_details_and_prometheus_answers_only_the_scrapers_token()
            throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        HttpResponse<String> scraper = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).header("Authorization", "Bearer test-scrape-token").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(anonymous.statusCode()).as("refused, not sent to the login page").isEqualTo(401);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("passerelle_help_waiting", "passerelle_sessions{");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String csrfToken(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the login page carries Spring Security's CSRF token for the form").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
