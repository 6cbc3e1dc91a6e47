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
 * @param overflowAfter a waiting request nobody local took in this time is offered to the remote desks too (at once
 *                      when nobody local could take it: outside staffed hours, no local desk, nobody local on duty)
 * @param presenceGrace an agent whose console has not been heard from for this long (closed, browser killed,
 *                      connection lost) becomes away, and the conversations they held go back to the queue
 * @param defaultCapacity conversations at once for an agent who has not chosen
 * @param maxCapacity   the most conversations at once an agent may choose
 * @param handlingHistory how many recently closed conversations the typical handling time is the median of
 * @param typingShownFor the kiosk says "A staff member is writing…" this long after the console's last sign of typing
 *                      (the console sends one at most every 2 seconds while the agent types)
 */
@ConfigurationProperties("passerelle.handoff")
public record HandoffSettings(
        @DefaultValue("5m") Duration defaultWait,
        @DefaultValue("20") int waitHistory,
        @DefaultValue("8") int transcriptMax,
        @DefaultValue("30m") Duration expireAfter,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("2000") int maxMessage,
        @DefaultValue("500") int transcriptLineMax,
        @DefaultValue("2m") Duration overflowAfter,
        @DefaultValue("60s") Duration presenceGrace,
        @DefaultValue("1") int defaultCapacity,
        @DefaultValue("5") int maxCapacity,
        @DefaultValue("20") int handlingHistory,
        @DefaultValue("5s") Duration typingShownFor) {
}
