package org.passerelle.kiosk.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.AssistantSettings;
import org.passerelle.assistant.Conversation.Turn;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffException;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpAvailability;
import org.passerelle.handoff.HelpRequestSummary;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpTicket;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.i18n.Messages;
import org.passerelle.knowledge.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns "Get help from a person" into a help request: the kiosk this browser is ({@link KioskIdentity}), the language,
 * the guide and step reached and the last turns of the conversation. One open request per session, so a
 * double tap or a second tab does not queue the same person twice.
 */
@SpringComponent
class HelpDesk {

    /** Turns of the conversation sent with a request (each gives a citizen line and a kiosk line). */
    private static final int TURNS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(HelpDesk.class);

    private final HandoffService handoff;
    private final KioskIdentity identity;
    private final AssistantSettings assistant;

    HelpDesk(HandoffService handoff, KioskIdentity identity, AssistantSettings assistant) {
        this.handoff = handoff;
        this.identity = identity;
        this.assistant = assistant;
    }

    /**
     * The open request of this session, or a new one.
     *
     * @throws HandoffException {@code NOT_ENROLLED} for a browser that is no kiosk (nothing is stored), or what
     *                          {@link HandoffService#requestHelp} refuses (too many requests, say)
     */
    HelpTicket requestHelp(KioskSession session, boolean onGuideStep) {
        Optional<HelpTicket> open = current(session);
        if (open.isPresent()) {
            return open.get();
        }
        String kiosk = identity.kioskId()
                .orElseThrow(() -> new HandoffException(HandoffException.Problem.NOT_ENROLLED, 0));
        Language language = session.language();
        HelpReason reason = onGuideStep ? HelpReason.STUCK_ON_STEP
                : session.conversation().notUnderstoodInARow() >= assistant.helperFirstAfter()
                        ? HelpReason.NOT_UNDERSTOOD : HelpReason.ASKED_FOR_PERSON;
        String guide = session.guideId().orElse(null);
        Integer step = guide != null && session.step() > 0 ? session.step() : null;
        HelpTicket ticket = handoff.requestHelp(new NewHelpRequest(kiosk, language, reason, guide, step,
                transcript(session.conversation().turns(), language), session.browserSession().id()),
                identity.client().orElse(null));
        session.helpRequested(ticket.id());
        return ticket;
    }

    /**
     * What help this kiosk can promise now, in the person's language; empty when it cannot be known (the screens
     * then promise nothing they cannot keep, and asking still works).
     */
    Optional<HelpAvailability> availability(KioskSession session) {
        Optional<String> enrolled = identity.kioskId();
        if (enrolled.isEmpty()) {
            return Optional.empty(); // not a kiosk: asking says so
        }
        String kiosk = enrolled.get();
        try {
            return Optional.of(handoff.availability(kiosk, session.language()));
        } catch (RuntimeException e) {
            LOG.warn("What help kiosk {} can offer is not known: {}", kiosk, e.toString());
            return Optional.empty();
        }
    }

    /** The session's request while it is still open. */
    Optional<HelpTicket> current(KioskSession session) {
        Optional<HelpTicket> ticket = session.helpRequest().flatMap(handoff::ticket);
        if (ticket.isPresent() && !ticket.get().status().open()) {
            session.helpEnded();
            return Optional.empty();
        }
        return ticket;
    }

    /** The request's version, or -1 without one: changes when an agent takes it, comes over, hands it back. */
    long version(KioskSession session) {
        return summary(session).map(HelpRequestSummary::version).orElse(-1L);
    }

    /** Whether a staff member handed the request on: the citizen is told another will continue (no staff names). */
    boolean transferred(KioskSession session) {
        return summary(session).map(r -> r.transferredAt() != null).orElse(false);
    }

    boolean comingOver(KioskSession session) {
        return summary(session).map(HelpRequestSummary::comingOver).orElse(false);
    }

    private Optional<HelpRequestSummary> summary(KioskSession session) {
        return session.helpRequest().flatMap(handoff::requestOf);
    }

    /**
     * The live chat as the kiosk shows it: from the agent's first message on (the lines before are the
     * conversation that came with the request, which the citizen has already seen).
     */
    List<ChatLine> chat(KioskSession session) {
        List<ChatLine> all = session.helpRequest().map(handoff::conversation).orElse(List.of());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).speaker() == Speaker.AGENT) {
                return all.subList(i, all.size());
            }
        }
        return List.of();
    }

    /** Whether the newest chat line is the agent's (so the kiosk says "a helper wrote to you"). */
    boolean lastFromAgent(KioskSession session) {
        List<ChatLine> chat = chat(session);
        return !chat.isEmpty() && chat.getLast().speaker() == Speaker.AGENT;
    }

    /** The citizen answers the agent. */
    void say(KioskSession session, String text) {
        session.helpRequest().ifPresent(id -> handoff.citizenSays(id, text));
    }

    /** The citizen cancelled, or chose "Finish and clear". */
    void cancel(KioskSession session) {
        session.helpRequest().ifPresent(handoff::cancel);
        session.helpEnded();
    }

    /** Nobody answered "Are you still there?" and the kiosk is being cleared: the request ends as "citizen left". */
    void citizenLeft(KioskSession session) {
        session.helpRequest().ifPresent(handoff::citizenLeft);
        session.helpEnded();
    }

    /** The kiosk asks "Are you still there?": the agent is told the citizen may have left. */
    void citizenMayHaveLeft(KioskSession session) {
        session.helpRequest().ifPresent(handoff::citizenMayHaveLeft);
    }

    /** "I am still here": the agent's warning goes away. */
    void citizenStillHere(KioskSession session) {
        session.helpRequest().ifPresent(handoff::citizenStillHere);
    }

    static List<TranscriptLine> transcript(List<Turn> turns, Language language) {
        List<TranscriptLine> lines = new ArrayList<>();
        for (Turn turn : turns.subList(Math.max(0, turns.size() - TURNS), turns.size())) {
            // Uncut: handoff redacts, then shortens (a cut made here could split an identifier).
            lines.add(new TranscriptLine(Speaker.CITIZEN, turn.question()));
            lines.add(new TranscriptLine(Speaker.KIOSK, summary(turn.answer(), language)));
        }
        return lines;
    }

    /** What the kiosk answered, in a few words, in the kiosk's language. */
    static String summary(Answer answer, Language language) {
        return switch (answer) {
            case Answer.GuideAnswer g -> Messages.get(language, "transcript.guide", g.guide().text(g.language()).title());
            case Answer.Confirmation c -> Messages.get(language, "transcript.confirm", c.guide().text(c.language()).title());
            case Answer.Clarification c -> Messages.get(language, "transcript.clarify", c.candidates().stream()
                    .map(guide -> guide.text(c.language()).title()).collect(Collectors.joining(" / ")));
            case Answer.NotUnderstood n -> Messages.get(language, "transcript.notUnderstood");
            case Answer.SystemReply s -> Messages.get(s.language(), "system." + s.intent().id());
            case Answer.ReferralAnswer r -> Messages.get(language, "transcript.referral", r.referral().text(language).title());
            case Answer.InvalidQuestion i -> Messages.get(i.language(),
                    "invalid." + i.problem().name().toLowerCase(Locale.ROOT));
        };
    }
}
