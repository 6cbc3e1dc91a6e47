package org.passerelle.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.kiosk.EnrolledDevice;
import org.passerelle.kiosk.EnrolmentSettings;
import org.passerelle.kiosk.KioskEnrolment;

/**
 * The one place that answers "which enrolled kiosk is this browser", for every kiosk screen: from the device secret in
 * the browser's cookie and where the browser is, as {@link KioskEnrolment#kioskOf} rules. Asked again on each use
 * (each help request, each question), so that a revoked kiosk stops being one at once. Nothing a citizen can type or
 * put in the address chooses the kiosk.
 *
 * <p>It reads the HTTP request being handled: Vaadin's default push transport sends every action of the browser as an
 * ordinary request (only server-to-browser messages use the WebSocket), so a click carries the cookie and the address.
 * Without a request (work pushed from another thread) the browser is no kiosk, which only ever refuses.
 */
@SpringComponent
class KioskIdentity {

    /** The cookie the kiosk browser keeps its device secret in: HttpOnly, so no script on the page can read it. */
    static final String COOKIE = "passerelle-kiosk";
    /** What events and logs say for a browser that is no kiosk (not a valid kiosk id, so never mistaken for one). */
    static final String UNENROLLED = "(unenrolled)";

    private final KioskEnrolment enrolment;
    private final EnrolmentSettings settings;

    KioskIdentity(KioskEnrolment enrolment, EnrolmentSettings settings) {
        this.enrolment = enrolment;
        this.settings = settings;
    }

    /** The kiosk this browser is, or empty: then it may read guides but not ask for a person. */
    Optional<String> kioskId() {
        HttpServletRequest request = request();
        return request == null ? Optional.empty() : enrolment.kioskOf(secret(request), local(request));
    }

    /** The kiosk's id for events and logs: {@link #UNENROLLED} for a browser that is none. */
    String label() {
        return kioskId().orElse(UNENROLLED);
    }

    /** The browser's address (the real client's behind a trusted proxy), for the per-client limits. */
    Optional<String> client() {
        return Optional.ofNullable(request()).map(HttpServletRequest::getRemoteAddr);
    }

    /**
     * The browser keeps the new device secret: long-lived, HttpOnly, SameSite=Strict, Secure when the page came over
     * HTTPS (behind a proxy, as the forwarded headers say). Set on the response to the browser's own request, which
     * is an ordinary HTTP response with the default push transport.
     */
    void keep(EnrolledDevice device) {
        HttpServletRequest request = request();
        if (VaadinService.getCurrentResponse() instanceof VaadinServletResponse response && request != null) {
            response.addCookie(cookie(device.deviceSecret(), request));
        }
    }

    /** Renews the cookie of an enrolled browser (called on the welcome screen), so that it does not run out. */
    void renew() {
        HttpServletRequest request = request();
        String secret = request == null ? null : secret(request);
        if (secret != null && enrolment.kioskOf(secret, false).isPresent()
                && VaadinService.getCurrentResponse() instanceof VaadinServletResponse response) {
            response.addCookie(cookie(secret, request));
        }
    }

    private Cookie cookie(String secret, HttpServletRequest request) {
        Cookie cookie = new Cookie(COOKIE, secret);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, settings.cookieMaxAge().toSeconds()));
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private static @Nullable HttpServletRequest request() {
        VaadinRequest current = VaadinService.getCurrentRequest();
        return current instanceof VaadinServletRequest servlet ? servlet.getHttpServletRequest() : null;
    }

    private static @Nullable String secret(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /**
     * On this machine: the connection came in on a loopback address of the server, from a loopback address. Both,
     * because the client's address can be forged: Tomcat believes {@code X-Forwarded-For} from any private address
     * ({@code server.forward-headers-strategy=native}), so a machine on the network could claim to be 127.0.0.1, but
     * its connection still arrives on the server's network address, never on its loopback one. A proxy on this
     * machine makes every browser look local unless it sends {@code X-Forwarded-For} (then the client's address is
     * the real one): with such a proxy, use {@code passerelle.kiosk.enrolment.mode=required}.
     */
    private static boolean local(HttpServletRequest request) {
        return loopback(request.getRemoteAddr()) && loopback(request.getLocalAddr());
    }

    private static boolean loopback(@Nullable String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1") || address.startsWith("::ffff:127."));
    }
}
