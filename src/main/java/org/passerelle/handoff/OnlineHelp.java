package org.passerelle.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.handoff.HandoffException.Problem;
import org.passerelle.knowledge.Language;
import org.passerelle.site.SiteService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help from a person for the channels without a kiosk: the web chat on another site's page, and other software through
 * the public API. The request is an ordinary one ({@link HandoffService}: the same queue, the same agents, the same
 * redaction and audit), with two differences. It is routed for the site its web page's origin is mapped to
 * ({@link OnlineHelpSettings#sites()}, else the default site), offered to the remote desks at once unless configured
 * otherwise; and its caller follows it with a {@link ConversationToken} instead of a kiosk's identity.
 *
 * <p>A token that does not open the request (forged, expired, forgotten, another request's) and a request that does
 * not exist are the same {@link Problem#NO_CONVERSATION}: a caller learns nothing about other people's requests.
 */
@Service
@Transactional
public class OnlineHelp {

    /** A web chat calls every few seconds; its sign of life is written at most this often. */
    private static final Duration SEEN_EVERY = Duration.ofSeconds(30);

    private final HandoffService handoff;
    private final HelpRequestRepository requests;
    private final HelpMessageRepository messages;
    private final OnlineHelpSettings settings;
    private final HandoffSettings handoffSettings;
    private final SiteService sites;
    private final Clock clock;
    private final HandoffFeed feed;

    OnlineHelp(HandoffService handoff, HelpRequestRepository requests, HelpMessageRepository messages,
            OnlineHelpSettings settings, HandoffSettings handoffSettings, SiteService sites, Clock clock,
            HandoffFeed feed) {
        this.feed = feed;
        this.handoff = handoff;
        this.requests = requests;
        this.messages = messages;
        this.settings = settings;
        this.handoffSettings = handoffSettings;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * A request just made: the token (given once; only its hash is kept), and the last line stored with it as the
     * cursor to follow the conversation from.
     */
    public record Opened(String token, Conversation conversation) {
    }

    /** One line of the conversation as stored (redacted), with its id, the cursor of {@link #follow}. */
    public record Line(long id, Speaker speaker, String text, Instant at) {
    }

    /**
     * The request as its caller sees it: never who the agent is, nor anything but its own conversation.
     *
     * @param ticket  status, place in line and estimated wait
     * @param lines   the lines after the cursor asked for, oldest first
     * @param cursor  the last line's id (the one asked for when there is none after it): ask from there next time
     * @param outcome how an agent ended it, once closed
     */
    public record Conversation(HelpTicket ticket, Language language, Channel channel, List<Line> lines, long cursor,
            @Nullable HelpOutcome outcome) {
    }

    /** The site a request from a page of {@code origin} (or from no page: null) is routed for. */
    @Transactional(readOnly = true)
    public long siteFor(@Nullable String origin) {
        if (origin != null) {
            Optional<Long> site = settings.siteOf(origin).filter(id -> sites.site(id).isPresent());
            if (site.isPresent()) {
                return site.get();
            }
        }
        return sites.defaultSite().id();
    }

    /** What the web chat may promise before the citizen asks for a person ({@link HandoffService#onlineAvailability}). */
    @Transactional(readOnly = true)
    public HelpAvailability availability(@Nullable String origin, Language language) {
        return handoff.onlineAvailability(siteFor(origin), language);
    }

    /**
     * Records a request of {@code channel} from a page of {@code origin} and puts it in the queue. The transcript is
     * checked against {@link OnlineHelpSettings#maxTranscriptLines()} and {@link OnlineHelpSettings#maxTranscriptLine()}
     * by the caller (a refusal is the caller's to word); here it is redacted and kept as a kiosk's.
     *
     * @param client the caller's address, for the per-client limit ({@link Problem#TOO_MANY_REQUESTS})
     */
    public Opened open(Channel channel, @Nullable String origin, Language language, HelpReason reason,
            @Nullable String guideId, @Nullable Integer step, List<TranscriptLine> transcript, @Nullable String client) {
        String token = ConversationToken.create();
        NewHelpRequest request = NewHelpRequest.online(channel, siteFor(origin), language, reason, guideId, step,
                transcript);
        HelpRequest saved = handoff.create(request, client, ConversationToken.hash(token));
        return new Opened(token, conversation(saved, 0));
    }

    /** The request and the lines after {@code after} (0: all of them), for the holder of its token. */
    public Conversation follow(long id, @Nullable String token, long after) {
        HelpRequest request = opened(id, token);
        return conversation(request, after);
    }

    /**
     * Calls {@code changed} when the request changes (an agent claimed it or wrote, it was released or ended), once
     * committed, on the committing thread: hand the work to another thread and return at once. For a long poll:
     * subscribe first, then read, so that no change falls between the two.
     */
    public HandoffFeed.Subscription whenChanged(long id, Runnable changed) {
        return feed.subscribe(update -> {
            if (update.requestId() == id) {
                changed.run();
            }
        });
    }

    /** The citizen writes to the agent (redacted before it is stored); returns the line as stored. */
    public Line say(long id, @Nullable String token, String text) {
        opened(id, token);
        handoff.citizenSays(id, text);
        HelpMessage line = messages.findFirstByRequestIdOrderByIdDesc(id).orElseThrow();
        return line(line);
    }

    /**
     * The citizen cleared the conversation (or left): the request ends as a kiosk's whose citizen left, whoever holds
     * it, and the token opens nothing any more.
     */
    public void end(long id, @Nullable String token) {
        opened(id, token);
        handoff.citizenLeft(id);
        requests.forgetToken(id);
    }

    /** The most lines a request may bring, and the longest line: for the caller to refuse more. */
    public OnlineHelpSettings limits() {
        return settings;
    }

    /** The longest message the citizen may write ({@link HandoffSettings#maxMessage()}). */
    public int maxMessage() {
        return handoffSettings.maxMessage();
    }

    /**
     * The web chats gone silent ({@link OnlineHelpSettings#mayHaveLeftAfter()}, {@link OnlineHelpSettings#leftAfter()}):
     * the agent is told the citizen may have left, then the request ends as the citizen's who left and its token opens
     * nothing any more. Run by {@link OnlineWatch}.
     *
     * @return the requests ended
     */
    public List<Long> silentCitizens() {
        Instant now = clock.instant();
        List<Long> ended = new ArrayList<>();
        for (HelpRequest request : requests.findOnlineSilentSince(now.minus(settings.mayHaveLeftAfter()))) {
            Instant seen = Objects.requireNonNull(request.citizenSeenAt());
            if (!seen.plus(settings.leftAfter()).isAfter(now)) {
                if (handoff.citizenLeft(request.id())) {
                    ended.add(request.id());
                }
                requests.forgetToken(request.id());
            } else if (request.citizenIdleAt() == null) {
                handoff.citizenMayHaveLeft(request.id());
            }
        }
        return ended;
    }

    private HelpRequest opened(long id, @Nullable String token) {
        HelpRequest request = requests.findById(id).filter(r -> r.channel() != Channel.KIOSK)
                .filter(r -> ConversationToken.matches(token, r.tokenHash()))
                .orElseThrow(() -> new HandoffException(Problem.NO_CONVERSATION, 0));
        Instant now = clock.instant();
        Instant seen = Objects.requireNonNullElse(request.citizenSeenAt(), request.createdAt());
        Instant closed = request.closedAt();
        boolean expired = request.status().open() ? !seen.plus(settings.tokenIdle()).isAfter(now)
                : closed == null || !closed.plus(settings.tokenGrace()).isAfter(now);
        if (expired) {
            throw new HandoffException(Problem.NO_CONVERSATION, 0);
        }
        if (request.status().open() && request.citizenIdleAt() != null) {
            // Back after the agent was told they may have left ({@link #silentCitizens}): the warning goes away.
            requests.citizenSeen(id, now);
            handoff.citizenStillHere(id);
            return requests.findById(id).orElseThrow();
        }
        if (request.status().open() && !seen.plus(SEEN_EVERY).isAfter(now)) {
            requests.citizenSeen(id, now);
            return requests.findById(id).orElseThrow();
        }
        return request;
    }

    private Conversation conversation(HelpRequest request, long after) {
        List<Line> lines = messages.findByRequestIdAndIdGreaterThanOrderById(request.id(), after).stream()
                .map(OnlineHelp::line).toList();
        long cursor = lines.isEmpty() ? after : lines.getLast().id();
        return new Conversation(handoff.ticketFor(request), request.language(), request.channel(), lines, cursor,
                request.outcome() == null ? null : HelpOutcome.valueOf(request.outcome()));
    }

    private static Line line(HelpMessage message) {
        ChatLine view = message.view();
        return new Line(message.id(), view.speaker(), view.text(), view.at());
    }
}
