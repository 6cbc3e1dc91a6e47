package org.passerelle.handoff;

import java.time.Duration;
import java.util.Map;
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
 */
@ConfigurationProperties("passerelle.webchat")
public record OnlineHelpSettings(
        @DefaultValue Map<String, Long> sites,
        @DefaultValue("true") boolean remoteAtOnce,
        @DefaultValue("2h") Duration tokenIdle,
        @DefaultValue("15m") Duration tokenGrace,
        @DefaultValue("50") int maxTranscriptLines,
        @DefaultValue("2000") int maxTranscriptLine) {

    public OnlineHelpSettings {
        sites = Map.copyOf(sites);
    }
}
