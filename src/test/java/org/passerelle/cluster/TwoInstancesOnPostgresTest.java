package org.passerelle.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.Eventually.eventually;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.Application;
import org.passerelle.Headless;
import org.passerelle.OnPostgres;
import org.passerelle.admin.AdminFeed;
import org.passerelle.content.ContentService;
import org.passerelle.handoff.AvailabilityChanged;
import org.passerelle.handoff.ChatLine;
import org.passerelle.handoff.HandoffFeed;
import org.passerelle.handoff.HandoffService;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HandoffUpdate.Kind;
import org.passerelle.handoff.HelpOutcome;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.KioskChanged;
import org.passerelle.handoff.NewHelpRequest;
import org.passerelle.handoff.PresenceStatus;
import org.passerelle.handoff.StaffTyping;
import org.passerelle.handoff.TestAgents;
import org.passerelle.insights.InsightsRecorded;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SampleKnowledgeBase;
import org.passerelle.security.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the application in this JVM on one PostgreSQL schema, as two servers behind a load balancer would
 * share one database: what is done on one reaches the screens that follow it on the other (here, subscribers of
 * their {@link HandoffFeed}s), both ways, and a publication on one is served by the other.
 */
class TwoInstancesOnPostgresTest {

    private static String schema = "";
    private static Path knowledgeBase = Path.of("");
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    private final List<HandoffFeed.Subscription> subscriptions = new ArrayList<>();

    @BeforeAll
    static void twoInstances() {
        OnPostgres.assumeServer();
        schema = OnPostgres.freshSchema();
        knowledgeBase = SampleKnowledgeBase.writeTemporary();
        List<String> common = Stream.concat(OnPostgres.arguments(schema).stream(),
                Stream.of("--passerelle.knowledge-base.path=" + knowledgeBase)).toList();
        a = start(common);
        // The first start imports the folder, as an instance would on an empty database; the second reads it.
        a.getBean(KnowledgeService.class).current();
        // B waits longer before connecting again, so that what A does meanwhile is surely done while B is away.
        b = start(Stream.concat(common.stream(), Stream.of("--passerelle.cluster.first-retry=2s")).toList());
        b.getBean(KnowledgeService.class).current();
        eventually(() -> assertThat(status(a).connected() && status(b).connected()).as("both listen").isTrue());
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {b, a}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(HandoffFeed.Subscription::cancel);
        SecurityContextHolder.clearContext();
    }

    @Test
    void both_instances_use_the_bus_on_postgresql_each_with_an_id_of_its_own() {
        assertThat(status(a).enabled()).isTrue();
        assertThat(status(b).enabled()).isTrue();
        assertThat(status(a).instance()).isNotEqualTo(status(b).instance());
    }

    @Test
    void a_help_request_made_at_a_kiosk_on_one_instance_reaches_the_agents_screens_on_the_other() {
        List<HandoffUpdate> heardOnB = follow(b);
        long id = ask(a, kiosk(a));

        eventually(() -> assertThat(kinds(heardOnB, id)).containsExactly(Kind.CREATED));
    }

    @Test
    void claim_chat_coming_over_a_guide_typing_and_closing_travel_both_ways() {
        String kiosk = kiosk(a);
        List<HandoffUpdate> kioskSide = follow(a);
        List<StaffTyping> typingOnKioskSide = new CopyOnWriteArrayList<>();
        subscriptions.add(feed(a).subscribeTyping(typingOnKioskSide::add));
        List<HandoffUpdate> agentSide = follow(b);
        HandoffService onA = handoff(a);
        HandoffService onB = handoff(b);
        String agent = "agent-" + UUID.randomUUID();
        TestAgents.onDuty(onB, agent);

        long id = ask(a, kiosk);
        eventually(() -> assertThat(kinds(agentSide, id)).contains(Kind.CREATED));
        onB.claim(id, agent);
        eventually(() -> assertThat(kinds(kioskSide, id)).contains(Kind.CLAIMED));
        onA.citizenSays(id, "Hello, is anyone there?");
        eventually(() -> assertThat(kinds(agentSide, id)).contains(Kind.MESSAGE));
        onB.agentTyping(id, agent);
        eventually(() -> assertThat(typingOnKioskSide).extracting(StaffTyping::requestId).contains(id));
        onB.agentSays(id, agent, "Yes, how can I help?");
        eventually(() -> assertThat(kinds(kioskSide, id)).containsSubsequence(Kind.CLAIMED, Kind.MESSAGE,
                Kind.MESSAGE));
        onB.comingOver(id, agent);
        onB.sendGuide(id, agent, "passport-renewal", 1);
        onB.close(id, agent, HelpOutcome.RESOLVED);

        eventually(() -> assertThat(kinds(kioskSide, id)).containsSubsequence(Kind.COMING_OVER, Kind.GUIDE_SENT,
                Kind.CLOSED));
        assertThat(kioskSide).filteredOn(u -> u.requestId() == id && u.kind() == Kind.GUIDE_SENT).singleElement()
                .satisfies(u -> assertThat(u.guideId()).isEqualTo("passport-renewal"));
        assertThat(kinds(agentSide, id)).as("what the agent's own instance did, heard once")
                .containsOnlyOnce(Kind.CLAIMED, Kind.CLOSED);
        assertThat(onA.conversation(id)).as("the conversation is the database's, seen alike on both")
                .extracting(ChatLine::text).contains("Hello, is anyone there?", "Yes, how can I help?");
    }

    @Test
    void an_agent_becoming_available_on_one_instance_is_heard_by_the_kiosks_of_the_other() {
        List<AvailabilityChanged> onKioskSide = new CopyOnWriteArrayList<>();
        subscriptions.add(feed(a).subscribeAvailability(onKioskSide::add));
        String agent = "agent-" + UUID.randomUUID();
        handoff(b).openConsole(agent);
        int before = onKioskSide.size();

        handoff(b).setStatus(agent, PresenceStatus.AVAILABLE);

        eventually(() -> assertThat(onKioskSide).hasSizeGreaterThan(before));
    }

    @Test
    void a_publication_on_one_instance_is_served_by_the_other_with_the_same_revision() throws IOException {
        Path edited = SampleKnowledgeBase.write(Files.createTempDirectory("passerelle-edited-knowledge-base"));
        Path english = edited.resolve("guides/passport-renewal/en.md");
        String title = "Renew your passport " + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(english, Files.readString(english).replace("title: Renew your passport", "title: " + title));
        long before = knowledge(b).current().revision();

        signInAsEditor();
        a.getBean(ContentService.class).importKnowledgeBase(edited);

        KnowledgeBase onA = knowledge(a).current();
        assertThat(onA.revision()).as("a publication counts one more").isGreaterThan(before);
        eventually(() -> {
            KnowledgeBase onB = knowledge(b).current();
            assertThat(onB.revision()).isEqualTo(onA.revision());
            assertThat(onB.guide("passport-renewal").orElseThrow().text(Language.EN).title()).isEqualTo(title);
        });
    }

    @Test
    void what_was_done_while_an_instance_lost_its_connection_reaches_it_once_connected_again() throws SQLException {
        List<HandoffUpdate> heardOnB = follow(b);
        int connections = status(b).connections();
        terminateListener(status(b).instance());
        eventually(() -> assertThat(status(b).connected()).as("B has lost its connection").isFalse());

        String kiosk = kiosk(a);
        long first = ask(a, kiosk);
        long second = ask(a, kiosk(a));
        handoff(a).cancel(first);

        eventually(() -> {
            assertThat(status(b).connections()).as("connected again").isGreaterThan(connections);
            assertThat(kinds(heardOnB, first)).containsExactly(Kind.CREATED, Kind.CANCELLED);
            assertThat(kinds(heardOnB, second)).containsExactly(Kind.CREATED);
        });
        eventually(() -> assertThat(status(b).connected()).isTrue());
    }

    @Test
    void an_update_relayed_to_another_instance_is_counted_by_insights_once() throws SQLException {
        String kiosk = kiosk(a);
        List<HandoffUpdate> heardOnB = follow(b);
        String agent = "agent-" + UUID.randomUUID();
        TestAgents.onDuty(handoff(a), agent);
        long id = ask(a, kiosk);
        handoff(a).claim(id, agent);
        handoff(a).close(id, agent, HelpOutcome.RESOLVED);

        eventually(() -> assertThat(kinds(heardOnB, id)).containsExactly(Kind.CREATED, Kind.CLAIMED, Kind.CLOSED));
        InsightsRecorded.await(a);
        InsightsRecorded.await(b);
        assertThat(counted(kiosk, "HELP_REQUESTED")).isEqualTo(1);
        assertThat(counted(kiosk, "WAITED")).as("the wait, counted where it ended only").isEqualTo(1);
    }

    @Test
    void the_event_of_a_change_rolled_back_does_not_travel_and_that_of_one_committed_does() {
        List<String> kiosksOnB = new CopyOnWriteArrayList<>();
        AdminFeed.Subscription following = b.getBean(AdminFeed.class).subscribe(change -> kiosksOnB.add(change.id()));
        try {
            TransactionTemplate transaction = new TransactionTemplate(a.getBean(PlatformTransactionManager.class));
            String undone = "undone-" + UUID.randomUUID();
            String done = "done-" + UUID.randomUUID();
            transaction.executeWithoutResult(status -> {
                a.publishEvent(new KioskChanged(undone));
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> a.publishEvent(new KioskChanged(done)));

            eventually(() -> assertThat(kiosksOnB).contains(done));
            assertThat(kiosksOnB).doesNotContain(undone);
            assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from cluster_event where payload like ?", Integer.class, "%" + undone + "%"))
                    .as("rows written for the change rolled back").isZero();
        } finally {
            following.cancel();
        }
    }

    @Test
    void events_older_than_the_time_kept_are_deleted_and_recent_ones_kept() {
        String kiosk = "kept-" + UUID.randomUUID();
        new TransactionTemplate(a.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> a.publishEvent(new KioskChanged(kiosk)));
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        String rows = "select count(*) from cluster_event where payload like ?";
        OldEvents old = a.getBean(OldEvents.class);

        old.clean();
        assertThat(jdbc.queryForObject(rows, Integer.class, "%" + kiosk + "%")).as("kept for an hour").isEqualTo(1);
        assertThat(old.deleteBefore(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1))).isPositive();
        assertThat(jdbc.queryForObject(rows, Integer.class, "%" + kiosk + "%")).isZero();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** An instance without its web server and screens ({@link Headless}), where an editor may sign in. */
    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                // Headless has no Vaadin security: the content service reads the signed-in editor through this.
                .initializers(c -> c.getBeanFactory().registerSingleton("authenticationContext",
                        new AuthenticationContext()))
                .run(Stream.concat(Headless.ARGUMENTS.stream(), arguments.stream()).toArray(String[]::new));
    }

    private static Cluster.Status status(ConfigurableApplicationContext instance) {
        return instance.getBean(Cluster.class).status();
    }

    private static HandoffService handoff(ConfigurableApplicationContext instance) {
        return instance.getBean(HandoffService.class);
    }

    private static HandoffFeed feed(ConfigurableApplicationContext instance) {
        return instance.getBean(HandoffFeed.class);
    }

    private static KnowledgeService knowledge(ConfigurableApplicationContext instance) {
        return instance.getBean(KnowledgeService.class);
    }

    /** What a screen following the help requests on {@code instance} hears from now on. */
    private List<HandoffUpdate> follow(ConfigurableApplicationContext instance) {
        List<HandoffUpdate> heard = new CopyOnWriteArrayList<>();
        subscriptions.add(feed(instance).subscribe(heard::add));
        return heard;
    }

    private static List<Kind> kinds(List<HandoffUpdate> heard, long requestId) {
        return heard.stream().filter(u -> u.requestId() == requestId).map(HandoffUpdate::kind).toList();
    }

    private static String kiosk(ConfigurableApplicationContext instance) {
        String id = "test-" + UUID.randomUUID();
        handoff(instance).registerKiosk(id, "Kiosk " + id.substring(5, 13), "Test library");
        return id;
    }

    private static long ask(ConfigurableApplicationContext instance, String kiosk) {
        return handoff(instance).requestHelp(new NewHelpRequest(kiosk, Language.EN, HelpReason.ASKED_FOR_PERSON, null,
                null, List.of())).id();
    }

    private static void signInAsEditor() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.EDITOR)));
        SecurityContextHolder.setContext(context);
    }

    /** Ends the listening connection of {@code instance} on the server, as a network cut or a restart would. */
    private static void terminateListener(String instance) throws SQLException {
        try (Connection connection = OnPostgres.connect(); PreparedStatement kill = connection.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")) {
            kill.setString(1, Cluster.applicationName(instance));
            try (ResultSet killed = kill.executeQuery()) {
                assertThat(killed.next()).as("the listener's connection was found").isTrue();
                assertThat(killed.getBoolean(1)).isTrue();
            }
        }
    }

    private static long counted(String kiosk, String event) throws SQLException {
        try (Connection connection = OnPostgres.connect(); PreparedStatement sum = connection.prepareStatement(
                "select coalesce(sum(events), 0) from " + schema + ".insight_daily_count where kiosk_id = ? and event = ?")) {
            sum.setString(1, kiosk);
            sum.setString(2, event);
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
