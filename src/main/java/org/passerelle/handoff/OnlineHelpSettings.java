package org.passerelle.handoff;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Help requests of the channels other than a kiosk: the web chat and the API ({@code passerelle.webchat.*}).
 *
 * @param sites              the site each allowed web origin's requests are routed for, e.g.
 *                           {@code passerelle.webchat.sites[https://library.example]=2}; any other origin (or none,
 *                           software calling the API) goes to the default site. An origin is never a credential: it
 *                           only chooses where a request is routed.
 * @param remoteAtOnce       a web or API request is offered to the remote desks from the start, as well as to the local
 *                           desks of its site: nobody can walk over to a web page, so waiting for the local team first
 *                           gains nothing
 * @param tokenIdle          a conversation token expires after this long without a call from its holder
 * @param tokenGrace         and this long after its request ended (to read the agent's last words)
 * @param maxTranscriptLines the most lines of the chat so far a request may bring (more is refused); only the last
 *                           {@link HandoffSettings#transcriptMax()} are kept, as for a kiosk
 * @param maxTranscriptLine  the longest line it may bring, in characters (longer is refused)
 * @param mayHaveLeftAfter   a web chat that has not called for this long (its page calls every few seconds while it is
 *                           open) is shown to the agent as "may have left", as a kiosk whose "Are you still there?" went
 *                           unanswered; the warning goes away when it calls again. Above the 30 s between the writes of
 *                           its sign of life and the 25 s of a long poll.
 * @param leftAfter          and after this long its request ends as the citizen's who left, whoever holds it: a page
 *                           closed without "Clear conversation" leaves no request for an agent to take in vain. Long
 *                           enough for a phone put in a pocket or a tab whose timers the browser slows down.
 */
@ConfigurationProperties("passerelle.webchat")
public record OnlineHelpSettings(
        @DefaultValue Map<String, Long> sites,
        @DefaultValue("true") boolean remoteAtOnce,
        @DefaultValue("2h") Duration tokenIdle,
        @DefaultValue("15m") Duration tokenGrace,
        @DefaultValue("50") int maxTranscriptLines,
        @DefaultValue("2000") int maxTranscriptLine,
        @DefaultValue("90s") Duration mayHaveLeftAfter,
        @DefaultValue("10m") Duration leftAfter) {

    public OnlineHelpSettings {
        // Keys as origins are compared: https://Library.example/ and https://library.example are one origin.
        sites = sites.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> origin(e.getKey()),
                Map.Entry::getValue, (a, b) -> {
                    if (!a.equals(b)) {
                        throw new IllegalArgumentException("passerelle.webchat.sites names one origin twice");
                    }
                    return a;
                }));
        if (!leftAfter.minus(mayHaveLeftAfter).isPositive()) {
            throw new IllegalArgumentException("passerelle.webchat.left-after must be longer than may-have-left-after");
        }
    }

    /** The site configured for the web pages of {@code origin}, if any. */
    public Optional<Long> siteOf(String origin) {
        return Optional.ofNullable(sites.get(origin(origin)));
    }

    /** An origin as compared: without case, spaces around or a trailing slash. */
    static String origin(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
