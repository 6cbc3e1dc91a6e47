package org.passerelle.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The secret a web chat (or other software) follows its own help request with: 256 random bits, given once, stored
 * only as its SHA-256. It opens one request and nothing else; it is never a staff credential, and it travels in an
 * {@code Authorization: Bearer} header, never in an address. A plain hash is enough (no salt, no slow hash): the
 * token is random and long, so there is nothing to guess from a stolen hash.
 */
final class ConversationToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationToken() {
    }

    /** A new token, URL-safe Base64 of 32 random bytes (43 characters). */
    static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether {@code token} is the one hashed as {@code stored}, in time that does not depend on where they differ. */
    static boolean matches(@Nullable String token, @Nullable String stored) {
        if (token == null || stored == null || token.isEmpty() || token.length() > 128) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }
}
