package org.passerelle.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.EnrolmentException.Problem;
import org.passerelle.security.SecurityAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Same configuration as AdminViewTest and the other view tests, so they share one Spring context. */
@SpringBootTest
@Import(MutableClock.Config.class)
class KioskEnrolmentTest {

    private static final String ADMIN = "root-admin";

    @Autowired
    KioskEnrolment enrolment;

    @Autowired
    HandoffService handoff;

    @Autowired
    SecurityAudit audit;

    @Autowired
    KioskSettings settings;

    @Autowired
    MutableClock clock;

    /** Each test its own kiosk and client address: the context, and the attempt counts, are shared. */
    private static String kiosk(HandoffService handoff) {
        String id = "enrol-" + UUID.randomUUID();
        handoff.registerKiosk(id, "Kiosk " + id.substring(6, 12), "Main library");
        return id;
    }

    private static String client() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }

    private EnrolmentCode issue(String kiosk) {
        return Admins.as(ADMIN, () -> enrolment.issueCode(kiosk));
    }

    private static void assertRefused(Problem problem, ThrowingCallable action) {
        assertThatExceptionOfType(EnrolmentException.class).isThrownBy(action)
                .extracting(EnrolmentException::problem).isEqualTo(problem);
    }

    @Test
    void a_code_typed_on_the_kiosk_makes_that_browser_the_kiosk_until_an_administrator_revokes_it() {
        String kiosk = kiosk(handoff);
        EnrolmentCode code = issue(kiosk);
        assertThat(code.code()).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
        assertThat(code.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        // typed as people type: lower case, a space instead of the dash
        EnrolledDevice device = enrolment.enrol(" " + code.code().toLowerCase().replace("-", " ") + " ", client());

        assertThat(device.kioskId()).isEqualTo(kiosk);
        assertThat(device.deviceSecret()).hasSize(43);
        assertThat(enrolment.kioskOf(device.deviceSecret(), false)).contains(kiosk);
        assertThat(enrolment.status(kiosk).enrolled()).isTrue();
        assertThat(audit.actionsOf("kiosk:" + kiosk)).containsExactly(SecurityAudit.KIOSK_ENROLLED);

        Admins.as(ADMIN, () -> enrolment.revoke(kiosk));

        assertThat(enrolment.kioskOf(device.deviceSecret(), false)).isEmpty();
        assertThat(enrolment.status(kiosk).enrolled()).isFalse();
        assertThat(enrolment.status(kiosk).revokedAt()).isEqualTo(clock.instant());
        assertThat(audit.actionsOf(ADMIN)).contains(SecurityAudit.KIOSK_CODE_ISSUED, SecurityAudit.KIOSK_REVOKED);
    }

    @Test
    void a_code_works_once_and_a_revoked_kiosk_needs_a_new_one() {
        String kiosk = kiosk(handoff);
        EnrolmentCode code = issue(kiosk);
        enrolment.enrol(code.code(), client());

        assertRefused(Problem.INVALID_CODE, () -> enrolment.enrol(code.code(), client()));

        EnrolmentCode pending = issue(kiosk);
        Admins.as(ADMIN, () -> enrolment.revoke(kiosk));
        assertRefused(Problem.INVALID_CODE, () -> enrolment.enrol(pending.code(), client()));
        assertThat(enrolment.kioskOf(enrolment.enrol(issue(kiosk).code(), client()).deviceSecret(), false))
                .contains(kiosk);
    }

    @Test
    void a_code_past_its_lifetime_is_refused_as_expired() {
        String kiosk = kiosk(handoff);
        EnrolmentCode code = issue(kiosk);
        clock.advance(Duration.ofHours(24));

        assertRefused(Problem.EXPIRED_CODE, () -> enrolment.enrol(code.code(), client()));
        assertThat(enrolment.status(kiosk).codeExpiresAt()).isNull();
    }

    @Test
    void a_new_code_replaces_the_pending_one_and_the_browser_enrolled_with_it_replaces_the_old_one() {
        String kiosk = kiosk(handoff);
        EnrolmentCode first = issue(kiosk);
        EnrolledDevice old = enrolment.enrol(first.code(), client());
        EnrolmentCode unused = issue(kiosk);
        EnrolmentCode second = issue(kiosk);
        assertThat(enrolment.kioskOf(old.deviceSecret(), false)).as("the old browser works until the new code is used")
                .contains(kiosk);

        assertRefused(Problem.INVALID_CODE, () -> enrolment.enrol(unused.code(), client()));
        EnrolledDevice replacement = enrolment.enrol(second.code(), client());

        assertThat(enrolment.kioskOf(replacement.deviceSecret(), false)).contains(kiosk);
        assertThat(enrolment.kioskOf(old.deviceSecret(), false)).isEmpty();
    }

    @Test
    void wrong_codes_from_one_client_are_limited_and_another_client_can_still_enrol() {
        String kiosk = kiosk(handoff);
        EnrolmentCode code = issue(kiosk);
        String guesser = client();
        for (int i = 0; i < 5; i++) {
            assertRefused(Problem.INVALID_CODE, () -> enrolment.enrol("AAAAA-AAAAA", guesser));
        }

        assertRefused(Problem.TOO_MANY_ATTEMPTS, () -> enrolment.enrol(code.code(), guesser));
        assertThat(audit.actionsOf("enrolment")).contains(SecurityAudit.ENROLMENT_LOCKED);
        assertThat(enrolment.enrol(code.code(), client()).kioskId()).isEqualTo(kiosk);

        clock.advance(Duration.ofMinutes(3));
        assertRefused(Problem.INVALID_CODE, () -> enrolment.enrol("AAAAA-AAAAA", guesser));
    }

    @Test
    void a_tampered_missing_or_oversized_secret_is_no_kiosk_and_only_this_machine_is_the_configured_kiosk() {
        String kiosk = kiosk(handoff);
        String secret = enrolment.enrol(issue(kiosk).code(), client()).deviceSecret();
        String tampered = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);

        assertThat(enrolment.kioskOf(tampered, false)).isEmpty();
        assertThat(enrolment.kioskOf(null, false)).isEmpty();
        assertThat(enrolment.kioskOf("x".repeat(10_000), false)).isEmpty();
        assertThat(enrolment.kioskOf(tampered, true)).as("local-trusted, the default").contains(settings.id());
        assertThat(enrolment.kioskOf(secret, true)).as("an enrolled browser on this machine").contains(kiosk);
    }

    @Test
    void only_an_administrator_issues_or_revokes_and_only_for_a_registered_kiosk() {
        String kiosk = kiosk(handoff);

        assertThatThrownBy(() -> enrolment.issueCode(kiosk)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolment.revoke(kiosk)).isInstanceOf(AccessDeniedException.class);
        assertRefused(Problem.UNKNOWN_KIOSK, () -> issue("no-such-kiosk"));
    }

    @Test
    void two_administrators_issuing_codes_at_once_leave_exactly_one_working_code() throws Exception {
        String kiosk = kiosk(handoff);
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<EnrolmentCode>> issued = new ArrayList<>();
                for (String admin : List.of("admin-a", "admin-b")) {
                    issued.add(admins.submit(() -> {
                        gate.await();
                        return Admins.as(admin, () -> enrolment.issueCode(kiosk));
                    }));
                }
                gate.countDown();
                List<String> codes = new ArrayList<>();
                for (Future<EnrolmentCode> code : issued) {
                    try {
                        codes.add(code.get(30, TimeUnit.SECONDS).code());
                    } catch (java.util.concurrent.ExecutionException e) {
                        // the one who lost is told plainly, nothing else
                        assertThat(e.getCause()).isInstanceOf(EnrolmentException.class)
                                .extracting(c -> ((EnrolmentException) c).problem()).isEqualTo(Problem.CONFLICT);
                    }
                }
                assertThat(codes).isNotEmpty();
                long working = codes.stream().filter(code -> {
                    try {
                        enrolment.enrol(code, client());
                        return true;
                    } catch (EnrolmentException e) {
                        return false;
                    }
                }).count();
                assertThat(working).as("round %d, codes %s", round, codes).isEqualTo(1);
            }
        } finally {
            admins.shutdownNow();
        }
    }
}
