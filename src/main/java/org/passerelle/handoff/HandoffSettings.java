package org.passerelle.handoff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultWait   the wait announced per person in the queue while there is no history to learn from
 * @param waitHistory   how many recently claimed requests the wait estimate is taken from
 * @param transcriptMax how many lines of the conversation go with a help request
 * @param expireAfter   a request nobody took in this time expires (the citizen has surely left)
 * @param retention     ended conversations are kept this long, then reduced to anonymous daily counts
 * @param maxMessage    the longest chat message, in characters
 * @param transcriptLineMax a line of the conversation that goes with a request is shortened to this many
 *                      characters, after it is redacted (the kiosk passes what the citizen typed, uncut)
 */
@ConfigurationProperties("passerelle.handoff")
public record HandoffSettings(
        @DefaultValue("5m") Duration defaultWait,
        @DefaultValue("20") int waitHistory,
        @DefaultValue("8") int transcriptMax,
        @DefaultValue("30m") Duration expireAfter,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("2000") int maxMessage,
        @DefaultValue("500") int transcriptLineMax) {
}
