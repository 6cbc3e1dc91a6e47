package org.passerelle.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffService;
import org.passerelle.kiosk.EnrolmentException.Problem;
import org.passerelle.security.SecurityAudit;
import org.passerelle.security.RateLimits;
import org.passerelle.security.TokenBuckets;
import org.passerelle.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which browser is which kiosk, the way device fleets enrol machines: an administrator issues a one-time code for a
 * registered kiosk (short-lived, shown once); staff type it on the kiosk machine; the server answers with a long random
 * device secret that the kiosk's browser keeps. From then on that browser is that kiosk, until an administrator revokes
 * it (at once) or enrols another browser as that kiosk. Only SHA-256 hashes of codes and secrets are stored: both are
 * random and long enough (about 49 and 256 bits) that a fast hash is enough, and wrong codes are limited per client.
 *
 * <p>The one rule for "which kiosk is this browser" is {@link #kioskOf}: the kiosk screens ask it, never a query
 * parameter. Enrolment, revocation and too many wrong codes are in the security audit log.
 */
@Service
@Transactional
public class KioskEnrolment {

    /** No 0/O, 1/I/L: a code is read off one screen and typed on another. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 10;
    private static final int SECRET_BYTES = 32;
    /** Longer than any secret this service hands out (43 characters): anything longer is not looked up. */
    private static final int SECRET_MAX = 64;

    private final EnrolmentRepository enrolments;
    private final HandoffService handoff;
    private final EnrolmentSettings settings;
    private final KioskSettings kiosk;
    private final SecurityAudit audit;
    private final TokenBuckets attempts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    KioskEnrolment(EnrolmentRepository enrolments, HandoffService handoff, EnrolmentSettings settings,
            KioskSettings kiosk, SecurityAudit audit, RateLimits limits, Clock clock, ApplicationEventPublisher events) {
        this.enrolments = enrolments;
        this.handoff = handoff;
        this.settings = settings;
        this.kiosk = kiosk;
        this.audit = audit;
        this.attempts = limits.buckets("enrolment-code", settings.attempts(), settings.attemptsRefill(),
                settings.tracked());
        this.clock = clock;
        this.events = events;
    }

    /**
     * The kiosk a browser is: the one its device secret was issued to, while not revoked; otherwise, in
     * {@link EnrolmentSettings.Mode#LOCAL_TRUSTED} mode and for a browser on this machine, the configured kiosk;
     * otherwise none (the browser may read guides, but not ask for a person).
     *
     * @param deviceSecret what the browser's cookie holds, perhaps nothing or anything
     * @param local        whether the browser is on this machine (loopback address, not forwarded by a proxy)
     */
    @Transactional(readOnly = true)
    public Optional<String> kioskOf(@Nullable String deviceSecret, boolean local) {
        Optional<String> enrolled = deviceSecret == null || deviceSecret.isBlank() || deviceSecret.length() > SECRET_MAX
                ? Optional.empty()
                : enrolments.findBySecretHash(sha256(deviceSecret)).map(Enrolment::kioskId);
        if (enrolled.isPresent()) {
            return enrolled;
        }
        return local && settings.mode() == EnrolmentSettings.Mode.LOCAL_TRUSTED ? Optional.of(kiosk.id()) : Optional.empty();
    }

    /**
     * A new one-time code for a registered kiosk, valid for {@link EnrolmentSettings#codeLifetime()}. It replaces any
     * pending code; the browser enrolled now (if any) stays the kiosk until the new code is used. Administrators only.
     *
     * @throws EnrolmentException {@link Problem#UNKNOWN_KIOSK}, or {@link Problem#CONFLICT} when another
     *                            administrator changed this kiosk's enrolment at the same moment (their code stands)
     */
    public EnrolmentCode issueCode(String kioskId) {
        String admin = UserService.requireAdmin();
        if (handoff.kiosk(kioskId).isEmpty()) {
            throw new EnrolmentException(Problem.UNKNOWN_KIOSK);
        }
        String code = newCode();
        Instant expiresAt = clock.instant().plus(settings.codeLifetime());
        Enrolment enrolment = enrolments.findById(kioskId).orElseGet(() -> new Enrolment(kioskId));
        enrolment.issue(sha256(code), expiresAt, admin);
        saved(enrolment);
        events.publishEvent(new KioskEnrolmentChanged(kioskId));
        audit.record(admin, SecurityAudit.KIOSK_CODE_ISSUED, null, "kiosk " + kioskId + ", valid until " + expiresAt);
        return new EnrolmentCode(kioskId, code.substring(0, CODE_LENGTH / 2) + "-" + code.substring(CODE_LENGTH / 2),
                expiresAt);
    }

    /**
     * Enrols the browser at {@code client} with a code typed by staff. The code is used up; the returned secret is
     * the only copy (only its hash is kept).
     *
     * @throws EnrolmentException a wrong, used, replaced or revoked code ({@link Problem#INVALID_CODE}), an expired one,
     *                            too many wrong codes from this client, or the same code used twice at once
     */
    public EnrolledDevice enrol(String typedCode, String client) {
        if (attempts.empty(client)) {
            throw new EnrolmentException(Problem.TOO_MANY_ATTEMPTS);
        }
        String code = typedCode.length() > 4 * CODE_LENGTH ? "" : normalize(typedCode);
        Optional<Enrolment> found = code.length() == CODE_LENGTH ? enrolments.findByCodeHash(sha256(code)) : Optional.empty();
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().expired(now)) {
            if (attempts.take(client) == TokenBuckets.Take.LAST) {
                audit.record("enrolment", SecurityAudit.ENROLMENT_LOCKED, client, settings.attempts() + " wrong codes");
            }
            throw new EnrolmentException(found.isEmpty() ? Problem.INVALID_CODE : Problem.EXPIRED_CODE);
        }
        Enrolment enrolment = found.get();
        String secret = newSecret();
        enrolment.enrol(sha256(secret), now);
        saved(enrolment);
        attempts.forget(client);
        events.publishEvent(new KioskEnrolmentChanged(enrolment.kioskId()));
        audit.record("kiosk:" + enrolment.kioskId(), SecurityAudit.KIOSK_ENROLLED, client, null);
        return new EnrolledDevice(enrolment.kioskId(), secret);
    }

    /**
     * The kiosk's device secret and pending code stop working at once; enrolling again needs a new code.
     * Administrators only.
     */
    public void revoke(String kioskId) {
        String admin = UserService.requireAdmin();
        if (handoff.kiosk(kioskId).isEmpty()) {
            throw new EnrolmentException(Problem.UNKNOWN_KIOSK);
        }
        Enrolment enrolment = enrolments.findById(kioskId).orElseGet(() -> new Enrolment(kioskId));
        enrolment.revoke(clock.instant(), admin);
        saved(enrolment);
        events.publishEvent(new KioskEnrolmentChanged(kioskId));
        audit.record(admin, SecurityAudit.KIOSK_REVOKED, null, "kiosk " + kioskId);
    }

    /** The enrolment of every kiosk that has one, by kiosk id (a kiosk missing here was never given a code). */
    @Transactional(readOnly = true)
    public Map<String, EnrolmentStatus> statuses() {
        Instant now = clock.instant();
        return enrolments.findAll().stream().map(e -> e.status(now))
                .collect(Collectors.toUnmodifiableMap(EnrolmentStatus::kioskId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public EnrolmentStatus status(String kioskId) {
        return enrolments.findById(kioskId).map(e -> e.status(clock.instant())).orElse(EnrolmentStatus.none(kioskId));
    }

    /** Written now, so that a second administrator (or a code used twice at once) is told here, not at commit. */
    private void saved(Enrolment enrolment) {
        try {
            enrolments.saveAndFlush(enrolment);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new EnrolmentException(Problem.CONFLICT);
        }
    }

    /** What staff typed, as issued: upper case, without spaces or dashes. */
    static String normalize(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
