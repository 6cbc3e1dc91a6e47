package org.passerelle.kiosk.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Conversation;
import org.passerelle.kiosk.BrowserSession;
import org.passerelle.kiosk.KioskSettings;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;

/**
 * Everything the kiosk knows about the person in front of it, and nothing more: language, display
 * choices, the conversation, the guide and step reached, an open help request. It lives in the Vaadin
 * session (so every tab of the kiosk shares it) and {@link #clear()} forgets it all.
 */
@SpringComponent
@VaadinSessionScope
class KioskSession {

    /** Text sizes a citizen can choose: normal, large, largest. */
    static final int TEXT_SIZES = 3;

    private @Nullable AnsweredGuide answeredGuide;
    private boolean sorryPending;
    private final Conversation conversation;
    private final Clock clock;
    private final Language defaultLanguage;
    private final BrowserSession browserSession;

    private @Nullable Language language;
    private int textSize;
    private boolean highContrast;
    private @Nullable String guideId;
    private int step;
    private @Nullable Long helpRequest;
    private @Nullable SentGuide sentGuide;
    private @Nullable String pendingQuestion;
    private @Nullable String returnTo;
    private final Set<String> feedbackGiven = new HashSet<>();
    private Instant lastActivity;
    private @Nullable Preview preview;

    /**
     * An editor previewing a guide version that is not published: the kiosk's guide screens show {@code guide} in
     * place of the published one with the same id. Only {@link KioskPreview} sets it, for a signed-in editor.
     */
    record Preview(Guide guide, int version, String backTo) {
    }

    /** A guide and step an agent opened on this kiosk during the open help request. */
    record SentGuide(String guideId, int step) {
    }

    KioskSession(Assistant assistant, Clock clock, KioskSettings settings) {
        this.conversation = new Conversation(assistant);
        this.clock = clock;
        this.defaultLanguage = settings.defaultLanguage();
        this.lastActivity = clock.instant();
        this.browserSession = new BrowserSession(UUID.randomUUID().toString(), clock.instant());
    }

    /**
     * This browser session of the kiosk, for the fleet and the help requests made in it: kept when the kiosk is cleared
     * for the next person (the same browser, whose earlier requests the clearing ended), new when the browser comes back
     * on another server.
     */
    BrowserSession browserSession() {
        return browserSession;
    }

    /** A language was chosen on the welcome screen: the journey has started. */
    boolean started() {
        return language != null;
    }

    Language language() {
        return language != null ? language : defaultLanguage;
    }

    void start(Language chosen) {
        language = chosen;
        touch();
    }

    Conversation conversation() {
        return conversation;
    }

    int textSize() {
        return textSize;
    }

    /** Normal → large → largest → normal. */
    int nextTextSize() {
        textSize = (textSize + 1) % TEXT_SIZES;
        return textSize;
    }

    boolean highContrast() {
        return highContrast;
    }

    boolean toggleHighContrast() {
        highContrast = !highContrast;
        return highContrast;
    }

    /**
     * A guide the assistant opened for a question (from its card, or Yes to "Is this what you need?"): its screen offers
     * "This is not what I asked" until the citizen says so.
     */
    record AnsweredGuide(String guideId, String question, Language language) {
    }

    void openedForQuestion(AnsweredGuide answered) {
        answeredGuide = answered;
    }

    /** The question {@code guide} was opened for, if the assistant opened it and it was not reported yet. */
    Optional<AnsweredGuide> openedForQuestion(String guide) {
        return Optional.ofNullable(answeredGuide).filter(a -> a.guideId().equals(guide));
    }

    /** The citizen said the guide was not what they asked: the conversation screen says sorry once. */
    void reportedWrong() {
        answeredGuide = null;
        sorryPending = true;
    }

    boolean takeSorry() {
        boolean sorry = sorryPending;
        sorryPending = false;
        return sorry;
    }

    /** Where the citizen is in a guide, for a help request and for coming back after one. */
    void reached(String guide, int stepNumber) {
        guideId = guide;
        step = stepNumber;
    }

    Optional<String> guideId() {
        return Optional.ofNullable(guideId);
    }

    int step() {
        return step;
    }

    Optional<Long> helpRequest() {
        return Optional.ofNullable(helpRequest);
    }

    void helpRequested(long id) {
        helpRequest = id;
        sentGuide = null;
    }

    /** The help request is over: what was sent with it is kept for the way back (see {@link #takeSentGuide()}). */
    void helpEnded() {
        helpRequest = null;
    }

    void guideSent(String guide, int stepNumber) {
        sentGuide = new SentGuide(guide, stepNumber);
    }

    /** The last guide the agent sent during the request that just ended, once. */
    Optional<SentGuide> takeSentGuide() {
        Optional<SentGuide> sent = Optional.ofNullable(sentGuide);
        sentGuide = null;
        return sent;
    }

    /** A question typed on another screen, to be asked when the conversation screen opens. */
    void askLater(String question) {
        pendingQuestion = question;
    }

    Optional<String> takePendingQuestion() {
        Optional<String> question = Optional.ofNullable(pendingQuestion);
        pendingQuestion = null;
        return question;
    }

    void returnTo(@Nullable String location) {
        returnTo = location;
    }

    Optional<String> returnTo() {
        return Optional.ofNullable(returnTo);
    }

    /** Records "Did this help?" once per guide; returns false when it was already answered. */
    boolean feedbackGiven(String guide) {
        return !feedbackGiven.add(guide);
    }

    boolean feedbackAlreadyGiven(String guide) {
        return feedbackGiven.contains(guide);
    }

    void touch() {
        lastActivity = clock.instant();
    }

    /** Nobody has used the kiosk for this long (a safety net for when the browser's idle timer is gone). */
    boolean idleFor(Duration duration) {
        return Duration.between(lastActivity, clock.instant()).compareTo(duration) > 0;
    }

    /** Whether there is anything of the current person to forget. */
    boolean hasTraces() {
        return started() || textSize != 0 || highContrast || !conversation.turns().isEmpty() || helpRequest != null;
    }

    /** Forgets the person: the next one starts from the welcome screen with default settings. */
    void clear() {
        language = null;
        textSize = 0;
        highContrast = false;
        guideId = null;
        step = 0;
        helpRequest = null;
        sentGuide = null;
        pendingQuestion = null;
        returnTo = null;
        feedbackGiven.clear();
        conversation.clear();
        preview = null;
        answeredGuide = null;
        sorryPending = false;
        touch();
    }

    Optional<Preview> preview() {
        return Optional.ofNullable(preview);
    }

    void preview(@Nullable Preview shown) {
        preview = shown;
    }

    /** The guide being previewed, when {@code guideId} is the one. */
    Optional<Guide> previewed(String guideId) {
        return preview().map(Preview::guide).filter(g -> g.id().equals(guideId));
    }
}
