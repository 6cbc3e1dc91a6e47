package org.passerelle;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.cluster.Relayed;
import org.passerelle.handoff.HandoffUpdate;
import org.passerelle.handoff.HelpReason;
import org.passerelle.handoff.HelpRequested;
import org.springframework.context.ApplicationEventPublisher;

/** The architecture of STYLE.md, written down so that a wrong import fails the build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.passerelle");
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.passerelle.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothing_below_the_ui_imports_the_ui() {
        noClasses().that().resideOutsideOfPackages("org.passerelle..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle..ui..").check(classes);
    }

    @Test
    void a_feature_internal_package_is_used_only_by_its_own_feature() {
        // Every internal package there is, found rather than listed: a listed package that does not exist (two of
        // four once) checks nothing.
        Set<String> features = new TreeSet<>();
        for (JavaClass type : classes) {
            Matcher m = Pattern.compile("org\\.passerelle\\.(.+)\\.internal(\\..*)?").matcher(type.getPackageName());
            if (m.matches()) {
                features.add(m.group(1));
            }
        }
        assertThat(features).as("features with an internal package").hasSizeGreaterThanOrEqualTo(3);
        for (String feature : features) {
            noClasses().that().resideOutsideOfPackage("org.passerelle." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.passerelle." + feature + ".internal..")
                    .check(classes);
        }
    }

    @Test
    void the_knowledge_base_knows_nothing_of_the_engines_that_use_it() {
        noClasses().that().resideInAPackage("org.passerelle.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.search..", "org.passerelle.intent..",
                        "org.passerelle.assistant..", "org.passerelle.kiosk..")
                .check(classes);
    }

    @Test
    void search_and_intent_classification_are_independent_engines() {
        noClasses().that().resideInAPackage("org.passerelle.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.intent..", "org.passerelle.assistant..")
                .check(classes);
        noClasses().that().resideInAPackage("org.passerelle.intent..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.search..", "org.passerelle.assistant..")
                .check(classes);
    }

    @Test
    void security_knows_nothing_of_the_kiosk_help_requests_or_the_assistant() {
        noClasses().that().resideInAPackage("org.passerelle.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.kiosk..", "org.passerelle.handoff..",
                        "org.passerelle.assistant..")
                .check(classes);
    }

    @Test
    void content_editing_knows_nothing_of_any_ui_the_kiosk_help_requests_or_the_agent_console() {
        noClasses().that().resideInAPackage("org.passerelle.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle..ui..", "org.passerelle.kiosk..",
                        "org.passerelle.handoff..", "org.passerelle.agent..")
                .check(classes);
    }

    @Test
    void content_insights_listen_to_the_kiosk_and_know_nothing_of_its_screens_the_agent_console_or_the_editor() {
        noClasses().that().resideInAPackage("org.passerelle.insights..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.kiosk.ui..", "org.passerelle.agent..",
                        "org.passerelle.editor..")
                .check(classes);
    }

    @Test
    void sites_and_their_hours_know_nothing_of_kiosks_help_requests_or_any_screen() {
        noClasses().that().resideInAPackage("org.passerelle.site..")
                .should().dependOnClassesThat().resideInAnyPackage("org.passerelle.handoff..", "org.passerelle.kiosk..",
                        "org.passerelle.agent..", "org.passerelle..ui..")
                .check(classes);
    }

    @Test
    void the_redactor_depends_on_no_other_feature() {
        noClasses().that().resideInAPackage("org.passerelle.privacy..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle..")
                        .and(resideOutsideOfPackage("org.passerelle.privacy..")))
                .check(classes);
    }

    @Test
    void the_operators_view_only_listens_and_reads_and_no_feature_depends_on_it() {
        noClasses().that().resideOutsideOfPackage("org.passerelle.operations..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.operations..").check(classes);
        // Sessions are counted by the kind of screen, read from a route's package name, not from its class.
        noClasses().that().resideInAPackage("org.passerelle.operations..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle..ui..")
                        .and(resideOutsideOfPackage("org.passerelle.operations.ui..")))
                .check(classes);
    }

    @Test
    void the_open_guide_pages_read_only_the_knowledge_base_and_the_messages_and_no_feature_depends_on_them() {
        noClasses().that().resideOutsideOfPackage("org.passerelle.publication..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.publication..").check(classes);
        // The pages show what the kiosk serves, the published knowledge base, and never reach past its public face.
        noClasses().that().resideInAPackage("org.passerelle.publication..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle..")
                        .and(resideOutsideOfPackages("org.passerelle.publication..", "org.passerelle.knowledge",
                                "org.passerelle.i18n")))
                .check(classes);
    }

    @Test
    void the_bus_between_instances_depends_on_no_other_feature() {
        // The features whose events travel depend on it (their events implement Broadcast, their feeds hear Relayed).
        noClasses().that().resideInAPackage("org.passerelle.cluster..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle..")
                        .and(resideOutsideOfPackage("org.passerelle.cluster..")))
                .check(classes);
    }

    @Test
    void what_stores_or_counts_never_hears_events_relayed_from_another_instance() {
        // The instance where it happened counted it; a relay is for screens and caches, or it would count twice.
        noClasses().that().resideInAnyPackage("org.passerelle.insights..", "org.passerelle.security..")
                .or().haveFullyQualifiedName("org.passerelle.handoff.AgentAccessListener")
                .should().dependOnClassesThat().belongToAnyOf(Relayed.class)
                .check(classes);
    }

    @Test
    void the_public_api_is_a_web_layer_nothing_imports() {
        // Like the screens: it calls the features' services and records, and no feature, screen or other channel
        // depends on it (the security chain knows it only through Spring's CorsConfigurationSource).
        noClasses().that().resideOutsideOfPackage("org.passerelle.api..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.api..").check(classes);
        noClasses().that().resideInAPackage("org.passerelle.api..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle..ui..").check(classes);
    }

    @Test
    void screens_never_publish_events_the_services_do() {
        noClasses().that().resideInAnyPackage("org.passerelle..ui..", "org.passerelle.api..")
                .should().dependOnClassesThat().areAssignableTo(ApplicationEventPublisher.class)
                .check(classes);
    }

    @Test
    void content_insights_learn_of_help_requests_from_handoffs_events_only() {
        // Reading handoff's tables with SQL is no class dependency and escapes this rule; insights has no such query
        // (its help figures are counts it keeps from these events).
        noClasses().that().resideInAPackage("org.passerelle.insights..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle.handoff..")
                        .and(not(belongToAnyOf(HelpRequested.class, HandoffUpdate.class, HelpReason.class,
                                org.passerelle.handoff.Channel.class))))
                .check(classes);
    }

    @Test
    void the_open_data_pages_lay_out_insights_public_figures_and_read_no_repository_and_nothing_needs_them() {
        noClasses().that().resideInAPackage("org.passerelle.opendata..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat(resideInAnyPackage("org.passerelle.handoff..", "org.passerelle.kiosk..",
                        "org.passerelle..ui..", "org.springframework.jdbc..")
                        .and(not(belongToAnyOf(org.passerelle.handoff.Channel.class))))
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.passerelle.opendata..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.opendata..").check(classes);
    }

    @Test
    void the_kiosk_frame_and_the_page_every_screen_extends_know_no_screen() {
        // The screens name the frame as their layout and extend the page: a reference back would be a circle of files.
        noClasses().that().haveFullyQualifiedName("org.passerelle.kiosk.ui.KioskLayout")
                .or().haveFullyQualifiedName("org.passerelle.kiosk.ui.LiveHelpRouter")
                .or().haveFullyQualifiedName("org.passerelle.kiosk.ui.KioskPage")
                .should().dependOnClassesThat(annotatedWith(Route.class)).check(classes);
    }

    @Test
    void the_editors_screens_of_two_features_share_a_frame_that_lives_in_neither() {
        noClasses().that().resideInAPackage("org.passerelle.editor.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.insights.ui..").check(classes);
        noClasses().that().resideInAPackage("org.passerelle.insights.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.passerelle.editor.ui..").check(classes);
        noClasses().that().resideInAPackage("org.passerelle.staff.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.passerelle..ui..")
                        .and(resideOutsideOfPackage("org.passerelle.staff.ui..")))
                .check(classes);
    }
}
