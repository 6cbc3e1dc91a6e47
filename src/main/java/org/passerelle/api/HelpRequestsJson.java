package org.passerelle.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.handoff.HelpStatus;
import org.passerelle.handoff.OnlineHelp;
import org.passerelle.handoff.Speaker;

/** The JSON of {@link HelpRequestsController}: what callers send and what they get back. */
final class HelpRequestsJson {

    private HelpRequestsJson() {
    }

    /**
     * A request for a person.
     *
     * @param lang       {@code en} or {@code fr}
     * @param reason     {@code asked-for-person} (the default), {@code not-understood} or {@code stuck-on-step}
     * @param guideId    the guide the citizen was reading, if any: a published guide's id
     * @param step       its step, from 1
     * @param transcript the chat so far, oldest first, for the agent to read first
     * @param channel    {@code web} (Passerelle's web chat) or {@code api} (other software; when absent)
     */
    record NewRequest(@Nullable String lang, @Nullable String reason, @Nullable String guideId, @Nullable Integer step,
            @Nullable List<@Nullable TranscriptLine> transcript,
            @Schema(description = "Where the person is writing from: web (Passerelle's web chat) or api (other "
                    + "software; when absent). The agent sees it, and the anonymous counts sort by it",
                    allowableValues = {"api", "web"}) @Nullable String channel) {
    }

    /** One line of the chat so far: {@code speaker} is {@code citizen} or {@code assistant}. */
    record TranscriptLine(@Nullable String speaker, @Nullable String text) {
    }

    /** What the citizen writes to the agent. */
    record NewMessage(@Nullable String text) {
    }

    /** A line of the conversation, as stored (redacted): {@code speaker} is {@code citizen}, {@code assistant} or {@code staff}. */
    record Message(long id, String speaker, String text, Instant at) {

        static Message of(OnlineHelp.Line line) {
            return new Message(line.id(), speakerCode(line.speaker()), line.text(), line.at());
        }
    }

    /**
     * A help request as its caller sees it.
     *
     * @param token    only in the answer that created it: the conversation token, to send as
     *                 {@code Authorization: Bearer …} on every later call; it is never shown again
     * @param status   {@code waiting}, {@code claimed} (a staff member has it), {@code live}, {@code closed},
     *                 {@code cancelled} or {@code expired}
     * @param position place in line while waiting (1: next), else 0
     * @param estimatedWaitMinutes a rough estimate while waiting, rounded up, else 0
     * @param outcome  once closed: {@code resolved}, {@code referred} or {@code citizen-left}
     * @param messages the lines after the cursor asked for ({@code ?after=}), oldest first
     * @param cursor   the last line's id: ask {@code ?after=} it next time
     */
    record HelpRequest(long id, @Nullable String token, String lang, String channel, String status, int position,
            long estimatedWaitMinutes, @Nullable String outcome, List<Message> messages, long cursor) {

        static HelpRequest of(long id, @Nullable String token, OnlineHelp.Conversation c) {
            return new HelpRequest(id, token, c.language().code(), code(c.channel().name()),
                    code(c.ticket().status().name()),
                    c.ticket().position(), minutes(c.ticket().status() == HelpStatus.WAITING ? c.ticket().estimatedWait()
                            : Duration.ZERO),
                    c.outcome() == null ? null : code(c.outcome().name()),
                    c.lines().stream().map(Message::of).toList(), c.cursor());
        }
    }

    /**
     * What help from a person can be promised now, before asking.
     *
     * @param kind      {@code on-site} or {@code remote} (someone can answer now), {@code busy} (staff on duty, all
     *                  busy: a place in line), {@code nobody} (nobody can answer now)
     * @param available how many staff members could answer now ({@code on-site}, {@code remote})
     * @param position  with {@code busy}, the place a request would take
     * @param estimatedWaitMinutes with {@code busy}, a rough estimate
     * @param reason    with {@code nobody}: {@code outside-hours} or {@code nobody-on-duty}
     * @param nextHelp  with {@code nobody} outside hours: when the staff are next there (ISO 8601), when known
     * @param otherWays with {@code nobody}: the site's other ways to get help (phone, counter), in {@code lang}
     * @param canAsk    whether a request made now would be seen by someone: {@code false} only with {@code nobody}
     *                  when no staff member keeps a console open (a request is then refused with 503)
     */
    record Availability(String lang, String kind, int available, int position, long estimatedWaitMinutes,
            @Nullable String reason, @Nullable String nextHelp, @Nullable String otherWays, boolean canAsk) {

        static Availability of(String lang, HelpAvailability availability) {
            return switch (availability) {
                case HelpAvailability.OnSite a -> new Availability(lang, "on-site", a.available(), 0, 0, null, null,
                        null, true);
                case HelpAvailability.Remote a -> new Availability(lang, "remote", a.available(), 0, 0, null, null,
                        null, true);
                case HelpAvailability.Busy a -> new Availability(lang, "busy", 0, a.position(),
                        minutes(a.estimatedWait()), null, null, null, true);
                case HelpAvailability.NobodyNow a -> new Availability(lang, "nobody", 0, 0, 0, code(a.reason().name()),
                        a.nextHelp().map(t -> t.toOffsetDateTime().toString()).orElse(null),
                        a.otherWays().isBlank() ? null : a.otherWays(), a.canLeaveRequest());
            };
        }
    }

    /** {@code ASKED_FOR_PERSON} → {@code asked-for-person}: the API's codes are lower case with dashes. */
    static String code(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code asked-for-person} → {@code ASKED_FOR_PERSON}. */
    static String constant(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String speakerCode(Speaker speaker) {
        return switch (speaker) {
            case CITIZEN -> "citizen";
            case KIOSK -> "assistant";
            case AGENT -> "staff";
        };
    }

    /** Rounded up: "about 1 minute" rather than "0 minutes" for a wait of 20 seconds. */
    static long minutes(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds());
        return (seconds + 59) / 60;
    }
}
