package org.passerelle.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.MutableClock;
import org.passerelle.handoff.Channel;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.Speaker;
import org.passerelle.handoff.TestAgents;
import org.passerelle.handoff.TranscriptLine;
import org.passerelle.kiosk.AnswerFeedback;
import org.passerelle.kiosk.ClarificationResolved;
import org.passerelle.kiosk.GuideFeedback;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.kiosk.QuestionAnswered.Outcome;
import org.passerelle.kiosk.WrongAnswerReported;
import org.passerelle.kiosk.WrongAnswerReported.How;
import org.passerelle.knowledge.Language;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the kiosk's events leave behind: counts of every outcome, and failures as redacted gap items. Same Spring
 * configuration as the other application tests (one shared context and database), so each test uses its own kiosk
 * id and its own unusual words.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class InsightsListenerTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    HandoffService handoff;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void a_new_minute() {
        // The last question of a kiosk is remembered for a while; each test starts well after the previous one.
        clock.advance(Duration.ofHours(1));
    }

    private int count(String kiosk, String event, String guide) {
        Integer n = jdbc.queryForObject("""
                select coalesce(sum(events), 0) from insight_daily_count
                where kiosk_id = ? and event = ? and guide_id = ?""",
                Integer.class, kiosk, event, guide);
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> items(String word) {
        return jdbc.queryForList("select kind, reason, guide_id, text, wording from gap_item where lower(text) like ?",
                "%" + word + "%");
    }

    @Test
    void every_outcome_is_counted_per_day_kiosk_and_guide() {
        events.publishEvent(new QuestionAnswered("count-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal", "renew passport", clock.instant()));
        events.publishEvent(new QuestionAnswered("count-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal", "passport renewal", clock.instant()));
        events.publishEvent(new QuestionAnswered("count-kiosk", Language.EN, Outcome.SYSTEM, null, "hello", clock.instant()));
        events.publishEvent(new QuestionAnswered("count-kiosk", Language.EN, Outcome.INVALID, null, "", clock.instant()));
        events.publishEvent(new ClarificationResolved("count-kiosk", Language.EN, "sin-apply",
                List.of("sin-apply", "replace-lost-documents"), "sin number", clock.instant()));
        events.publishEvent(new GuideFeedback("count-kiosk", "passport-renewal", Language.EN, true, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("count-kiosk", "GUIDE", "passport-renewal")).isEqualTo(2);
        assertThat(count("count-kiosk", "SYSTEM", "")).isEqualTo(1);
        assertThat(count("count-kiosk", "INVALID", "")).isEqualTo(1);
        assertThat(count("count-kiosk", "CHOSEN", "sin-apply")).isEqualTo(1);
        assertThat(count("count-kiosk", "HELPED_YES", "passport-renewal")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from gap_item where lower(text) like '%passport renewal%'",
                Integer.class)).as("answered questions are not gaps").isZero();
    }

    @Test
    void a_question_not_understood_is_counted_and_kept_as_a_gap_item() {
        events.publishEvent(new QuestionAnswered("nu-kiosk", Language.EN, Outcome.NOT_UNDERSTOOD, null,
                "Where do I register my quokka?", clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("nu-kiosk", "NOT_UNDERSTOOD", "")).isEqualTo(1);
        assertThat(items("quokka")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("NOT_UNDERSTOOD");
            assertThat(item.get("TEXT")).isEqualTo("Where do I register my quokka?");
            assertThat(item.get("WORDING")).isEqualTo("regist quokka");
        });
    }

    @Test
    void a_sin_typed_in_a_question_not_understood_never_reaches_the_table() {
        events.publishEvent(new QuestionAnswered("sin-kiosk", Language.FR, Outcome.NOT_UNDERSTOOD, null,
                "mon NAS est 046 454 286 pour le wombat", clock.instant()));

        InsightsRecorded.await(context);
        assertThat(items("wombat")).singleElement().satisfies(item ->
                assertThat(item.get("TEXT")).isEqualTo("mon NAS est [sin] pour le wombat"));
        assertThat(jdbc.queryForObject("""
                select count(*) from gap_item where replace(text, ' ', '') like '%046454286%'
                or replace(wording, ' ', '') like '%046454286%'""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from gap_group where wording like '%046%'", Integer.class)).isZero();
    }

    @Test
    void none_of_these_keeps_the_question_that_was_being_clarified() {
        events.publishEvent(new ClarificationResolved("none-kiosk", Language.EN, null,
                List.of("passport-renewal", "passport-first"), "passport for my axolotl", clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("none-kiosk", "NONE_OF_THESE", "")).isEqualTo(1);
        assertThat(items("axolotl")).singleElement().satisfies(item -> assertThat(item.get("KIND")).isEqualTo("NONE_OF_THESE"));
    }

    @Test
    void a_guide_shown_under_a_low_margin_is_a_gap_with_its_guide_and_not_counted_as_a_guide_answer() {
        events.publishEvent(new QuestionAnswered("margin-kiosk", Language.EN, Outcome.GUIDE, "pr-card-renew",
                "renew the health card of my zorilla", true, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("margin-kiosk", "LOW_MARGIN", "pr-card-renew")).isEqualTo(1);
        assertThat(count("margin-kiosk", "GUIDE", "pr-card-renew")).isZero();
        assertThat(items("zorilla")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("LOW_MARGIN");
            assertThat(item.get("GUIDE_ID")).isEqualTo("pr-card-renew");
        });
    }

    @Test
    void not_what_i_asked_keeps_the_redacted_question_and_the_guide_shown_as_a_wrong_answer() {
        events.publishEvent(new QuestionAnswered("wrong-kiosk", Language.FR, Outcome.GUIDE, "replace-lost-documents",
                "j'ai perdu mon emploi de dresseur de lamas, NAS 046 454 286", clock.instant()));
        events.publishEvent(new WrongAnswerReported("wrong-kiosk", Language.FR, "replace-lost-documents",
                "j'ai perdu mon emploi de dresseur de lamas, NAS 046 454 286", How.NOT_WHAT_I_ASKED, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("wrong-kiosk", "WRONG_ANSWER", "replace-lost-documents")).isEqualTo(1);
        assertThat(items("lamas")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("WRONG_ANSWER");
            assertThat(item.get("GUIDE_ID")).isEqualTo("replace-lost-documents");
            assertThat((String) item.get("TEXT")).doesNotContain("046").contains("dresseur de lamas");
        });
    }

    @Test
    void no_to_is_this_what_you_need_is_a_wrong_answer_and_yes_counts_as_a_guide_chosen() {
        AnswerFeedback feedback = context.getBean(AnswerFeedback.class);
        events.publishEvent(new QuestionAnswered("confirm-kiosk", Language.EN, Outcome.CONFIRMATION, "oas-apply",
                "my oas for the binturong stopped", clock.instant()));
        feedback.confirmation("confirm-kiosk", Language.EN, "oas-apply", "my oas for the binturong stopped", false);
        feedback.confirmation("confirm-kiosk", Language.EN, "ei-apply", "ei for my gharial", true);

        InsightsRecorded.await(context);
        assertThat(count("confirm-kiosk", "CONFIRMATION", "oas-apply")).isEqualTo(1);
        assertThat(count("confirm-kiosk", "CONFIRMATION_NO", "oas-apply")).isEqualTo(1);
        assertThat(count("confirm-kiosk", "CHOSEN", "ei-apply")).isEqualTo(1);
        assertThat(items("binturong")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("WRONG_ANSWER");
            assertThat(item.get("GUIDE_ID")).isEqualTo("oas-apply");
        });
        assertThat(items("gharial")).as("a Yes is no gap").isEmpty();
    }

    @Test
    void did_this_help_no_keeps_the_question_that_led_to_the_guide() {
        events.publishEvent(new QuestionAnswered("no-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal",
                "renew the passport of my capybara", clock.instant()));
        events.publishEvent(new GuideFeedback("no-kiosk", "passport-renewal", Language.EN, false, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("no-kiosk", "HELPED_NO", "passport-renewal")).isEqualTo(1);
        assertThat(items("capybara")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("NOT_HELPED");
            assertThat(item.get("GUIDE_ID")).isEqualTo("passport-renewal");
        });
    }

    @Test
    void did_this_help_no_on_a_guide_opened_from_a_topic_is_only_counted() {
        events.publishEvent(new QuestionAnswered("topic-kiosk", Language.EN, Outcome.GUIDE, "sin-apply", "sin for my narwhal", clock.instant()));
        events.publishEvent(new GuideFeedback("topic-kiosk", "passport-renewal", Language.EN, false, clock.instant()));
        clock.advance(Duration.ofHours(1));
        events.publishEvent(new GuideFeedback("topic-kiosk", "sin-apply", Language.EN, false, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("topic-kiosk", "HELPED_NO", "passport-renewal")).isEqualTo(1);
        assertThat(items("narwhal")).as("another guide, then too late").isEmpty();
    }

    @Test
    void a_help_request_keeps_its_reason_and_the_last_question() {
        handoff.registerKiosk("help-kiosk", "Help kiosk", "Test library");
        events.publishEvent(new QuestionAnswered("help-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal",
                "passport photo for my platypus", clock.instant()));
        handoff.requestHelp(new NewHelpRequest("help-kiosk", Language.EN, HelpReason.STUCK_ON_STEP, "passport-renewal", 3,
                List.of(new TranscriptLine(Speaker.CITIZEN, "passport photo for my platypus"),
                        new TranscriptLine(Speaker.KIOSK, "Showed the guide"))));

        InsightsRecorded.await(context);
        assertThat(items("platypus")).singleElement().satisfies(item -> {
            assertThat(item.get("KIND")).isEqualTo("HELP_REQUESTED");
            assertThat(item.get("REASON")).isEqualTo("STUCK_ON_STEP");
            assertThat(item.get("GUIDE_ID")).isEqualTo("passport-renewal");
        });
    }

    @Test
    void a_help_request_right_after_not_understood_is_not_a_second_gap_item() {
        handoff.registerKiosk("twice-kiosk", "Twice kiosk", "Test library");
        events.publishEvent(new QuestionAnswered("twice-kiosk", Language.FR, Outcome.NOT_UNDERSTOOD, null,
                "permis pour mon ornithorynque", clock.instant()));
        handoff.requestHelp(new NewHelpRequest("twice-kiosk", Language.FR, HelpReason.NOT_UNDERSTOOD, null, null,
                List.of(new TranscriptLine(Speaker.CITIZEN, "permis pour mon ornithorynque"),
                        new TranscriptLine(Speaker.KIOSK, "Pas compris"))));

        InsightsRecorded.await(context);
        assertThat(items("ornithorynque")).singleElement()
                .satisfies(item -> assertThat(item.get("KIND")).isEqualTo("NOT_UNDERSTOOD"));
    }

    @Test
    void a_failure_to_record_never_reaches_the_citizen_nor_stops_what_comes_after() {
        String tooLong = "k".repeat(200); // longer than the kiosk_id column

        assertThatNoException().isThrownBy(() -> events.publishEvent(
                new QuestionAnswered(tooLong, Language.EN, Outcome.NOT_UNDERSTOOD, null, "flamingo licence", clock.instant())));
        events.publishEvent(new QuestionAnswered("after-kiosk", Language.EN, Outcome.GUIDE, "sin-apply", "sin", clock.instant()));

        InsightsRecorded.await(context);
        assertThat(count("after-kiosk", "GUIDE", "sin-apply")).isEqualTo(1);
    }

    @Test
    void a_question_is_recorded_off_the_citizens_thread_and_after_what_holds_its_counter() {
        // A transaction holds the counter's row, as a slow database would: the citizen's publish must not wait on it.
        events.publishEvent(new QuestionAnswered("held-kiosk", Language.EN, Outcome.GUIDE, "sin-apply", "sin", clock.instant()));
        InsightsRecorded.await(context);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.update("update insight_daily_count set events = events where kiosk_id = 'held-kiosk'");
            // Recorded on this thread, the count would wait for this very transaction's lock, time out and be lost.
            events.publishEvent(new QuestionAnswered("held-kiosk", Language.EN, Outcome.GUIDE, "sin-apply", "sin again", clock.instant()));
        });

        InsightsRecorded.await(context);
        assertThat(count("held-kiosk", "GUIDE", "sin-apply")).isEqualTo(2);
    }

    @Test
    void a_help_request_is_counted_with_its_guide_and_its_wait_for_both_once_it_ends_at_the_site_it_was_routed_for() {
        handoff.registerKiosk("wait-kiosk", "Wait kiosk", "Test library");
        long site = handoff.kiosk("wait-kiosk").orElseThrow().siteId();
        TestAgents.onDuty(handoff, "insights-agent");
        long id = handoff.requestHelp(new NewHelpRequest("wait-kiosk", Language.FR, HelpReason.STUCK_ON_STEP,
                "sin-apply", 2, List.of(new TranscriptLine(Speaker.KIOSK, "Guide affiché")))).id();
        clock.advance(Duration.ofSeconds(95));
        handoff.claim(id, "insights-agent");

        InsightsRecorded.await(context);
        assertThat(count("wait-kiosk", "HELP_REQUESTED", "sin-apply")).isEqualTo(1);
        assertThat(count("wait-kiosk", "WAITED", "95")).as("not counted while the request is open").isZero();
        assertThat(origins(id)).as("where it came from, kept while it is open").isEqualTo(1);

        handoff.close(id, "insights-agent", HelpOutcome.RESOLVED);
        InsightsRecorded.await(context);
        assertThat(count("wait-kiosk", "WAITED", "95")).isEqualTo(1);
        assertThat(countAt(site, "KIOSK", "wait-kiosk", "HELP_REQUESTED", "sin-apply")).isEqualTo(1);
        assertThat(countAt(site, "KIOSK", "wait-kiosk", "WAITED", "95")).isEqualTo(1);
        assertThat(countAt(site, "KIOSK", "wait-kiosk", "GUIDE_WAITED", "95:sin-apply"))
                .as("the same wait again, for the guide on screen").isEqualTo(1);
        assertThat(origins(id)).as("forgotten once the wait is counted").isZero();
    }

    private int origins(long requestId) {
        Integer n = jdbc.queryForObject("select count(*) from insight_help_origin where request_id = ?", Integer.class,
                requestId);
        return n == null ? 0 : n;
    }

    private int countAt(long site, String channel, String kiosk, String event, String guide) {
        Integer n = jdbc.queryForObject("""
                select coalesce(sum(events), 0) from insight_daily_count
                where site_id = ? and channel = ? and kiosk_id = ? and event = ? and guide_id = ?""",
                Integer.class, site, channel, kiosk, event, guide);
        return n == null ? 0 : n;
    }

    @Test
    void questions_are_counted_per_site_and_channel_and_a_web_conversation_never_as_a_kiosk_of_its_own() {
        events.publishEvent(new QuestionAnswered("site-kiosk", Language.EN, Outcome.GUIDE, "passport-renewal",
                "renew passport", false, clock.instant(), Channel.KIOSK, 41L));
        events.publishEvent(new QuestionAnswered("web-conversation-8f3a", Language.FR, Outcome.NOT_UNDERSTOOD, null,
                "tarif du téléphérique", false, clock.instant(), Channel.WEB, 42L));
        events.publishEvent(new QuestionAnswered("site-kiosk", Language.EN, Outcome.SYSTEM, null, "hello",
                clock.instant()));
        events.publishEvent(new GuideFeedback("site-kiosk", "passport-renewal", Language.EN, true, clock.instant()));

        InsightsRecorded.await(context);
        assertThat(countAt(41, "KIOSK", "site-kiosk", "GUIDE", "passport-renewal")).isEqualTo(1);
        assertThat(countAt(42, "WEB", "web:", "NOT_UNDERSTOOD", "")).isEqualTo(1);
        assertThat(count("web-conversation-8f3a", "NOT_UNDERSTOOD", "")).as("no row per conversation").isZero();
        assertThat(countAt(0, "KIOSK", "site-kiosk", "SYSTEM", "")).as("no site said: unknown").isEqualTo(1);
        assertThat(countAt(0, "KIOSK", "site-kiosk", "HELPED_YES", "passport-renewal"))
                .as("feedback counts where the kiosk's last question was asked").isEqualTo(1);
    }

    @Test
    void a_failing_listener_never_fails_the_citizens_answer_and_fails_on_a_thread_of_its_own() {
        Logger logger = (Logger) LoggerFactory.getLogger(InsightsListener.class);
        // Logback names an event's thread when first asked: ask on the logging thread, not later on the test's.
        ListAppender<ILoggingEvent> logged = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                super.append(event);
            }
        };
        logged.start();
        logger.addAppender(logged);
        try {
            String tooLong = "k".repeat(200); // longer than the kiosk_id column: the counter's insert fails
            AnswerFeedback feedback = context.getBean(AnswerFeedback.class);

            assertThatNoException().isThrownBy(() -> feedback.guideHelped(tooLong, "sin-apply", Language.EN, true));

            String caller = Thread.currentThread().getName();
            Eventually.eventually(() -> assertThat(logged.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains("could not record GuideFeedback");
                assertThat(e.getThreadName()).isNotEqualTo(caller).startsWith("insights-recorder-");
            }));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void events_of_a_transaction_rolled_back_are_not_counted_and_those_of_one_committed_are_after_it() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new QuestionAnswered("rollback-kiosk", Language.EN, Outcome.GUIDE, "sin-apply",
                    "sin", clock.instant()));
            status.setRollbackOnly();
        });
        long before = context.getBean(Recorder.class).heard();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new QuestionAnswered("commit-kiosk", Language.EN, Outcome.GUIDE, "sin-apply", "sin",
                    clock.instant()));
            assertThat(context.getBean(Recorder.class).heard()).as("nothing handed over before the commit")
                    .isEqualTo(before);
        });

        InsightsRecorded.await(context);
        assertThat(count("commit-kiosk", "GUIDE", "sin-apply")).isEqualTo(1);
        assertThat(count("rollback-kiosk", "GUIDE", "sin-apply")).isZero();
    }

    @Test
    void the_recorder_is_no_task_executor_for_vaadin_to_take_and_spring_boot_keeps_its_own() {
        assertThat(context.getBeanNamesForType(TaskExecutor.class)).contains("applicationTaskExecutor")
                .doesNotContain(Recorder.NAME);
    }

    @Test
    void the_question_stays_out_of_the_events_text() {
        assertThat(new QuestionAnswered("k", Language.EN, Outcome.NOT_UNDERSTOOD, null, "my SIN is 046 454 286", clock.instant()).toString())
                .doesNotContain("046").contains("21 characters");
        assertThat(new ClarificationResolved("k", Language.EN, null, List.of("a"), "my SIN is 046 454 286", clock.instant()).toString())
                .doesNotContain("046");
    }
}
