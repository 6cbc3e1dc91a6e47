package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.Answer.Confirmation;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Question;
import org.passerelle.content.ContentException.Problem;
import org.passerelle.content.Finding.Kind;
import org.passerelle.intent.IntentService;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/** Publishing changes what every kiosk finds at once, whole or not at all. */
class LivePublishingTest extends SmallContentTest {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    SearchService search;

    @Autowired
    Assistant assistant;

    @Autowired
    IntentService intents;

    @Test
    void a_published_guide_is_found_by_search_and_the_assistant_without_a_restart() throws InterruptedException {
        TestGuide guide = newGuide("live");
        assertThat(search.search("adopt a " + guide.word(), Language.EN, 3).topGuideId()).isNotEqualTo(
                java.util.Optional.of(guide.id()));

        published(guide);

        assertThat(search.search("adopt a " + guide.word(), Language.EN, 3).topGuideId()).contains(guide.id());
        assertThat(search.search("adopter un " + guide.word(), Language.FR, 3).topGuideId()).contains(guide.id());
        Question question = new Question("how can i adopt a " + guide.word() + "?", Language.EN, 0);
        // While the model trains, the nearest phrases answer: the new guide, shown or offered ("Is this what you
        // need?"), never another one.
        assertThat(assistant.answer(question)).as("at once").satisfiesAnyOf(
                answer -> assertThat(answer).asInstanceOf(type(GuideAnswer.class))
                        .extracting(a -> a.guide().id()).isEqualTo(guide.id()),
                answer -> assertThat(answer).asInstanceOf(type(Confirmation.class))
                        .extracting(a -> a.guide().id()).isEqualTo(guide.id()));
        assertThat(intents.awaitTrainedModel(Duration.ofMinutes(3))).isTrue();
        assertThat(assistant.answer(question)).as("once the model trained").asInstanceOf(type(GuideAnswer.class))
                .satisfies(answer -> assertThat(answer.guide().id()).isEqualTo(guide.id()));
    }

    @Test
    void a_new_version_replaces_the_old_text_on_the_kiosk_and_the_old_one_is_archived() {
        TestGuide guide = newGuide("update");
        published(guide);
        GuideVersion draft = content.startDraft(guide.id());
        GuideVersion edited = content.saveDraft(guide.id(), draft.number(), draft.lockVersion(),
                guide.english("Adopt a " + guide.word() + " today", "Ask for the form."), guide.french());

        approveAndPublish(edited);

        assertThat(knowledge.current().guide(guide.id()).orElseThrow().text(Language.EN).title())
                .isEqualTo("Adopt a " + guide.word() + " today");
        assertThat(content.version(guide.id(), 1).orElseThrow().state()).isEqualTo(VersionState.ARCHIVED);
        assertThat(content.publishedVersion(guide.id()).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void a_version_that_would_break_the_knowledge_base_is_refused_with_its_problems_and_nothing_changes() {
        TestGuide guide = newGuide("broken");
        published(guide);
        GuideVersion draft = content.startDraft(guide.id());
        GuideVersion edited = content.saveDraft(guide.id(), draft.number(), draft.lockVersion(),
                guide.english("Adopt a " + guide.word(), "See [the other guide](guide:no-such-guide)."), guide.french());
        KnowledgeBase before = knowledge.current();

        assertThatThrownBy(() -> content.submit(guide.id(), edited.number(), edited.lockVersion()))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).problem()).isEqualTo(Problem.NOT_PUBLISHABLE))
                .satisfies(e -> assertThat(((ContentException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.BROKEN_LINK))
                        .satisfies(f -> assertThat(f.where()).isEqualTo("step 1"))
                        .satisfies(f -> assertThat(f.message()).contains("no-such-guide")));
        assertThat(knowledge.current()).isSameAs(before);
        assertThat(content.publishedVersion(guide.id()).orElseThrow().number()).isEqualTo(1);
    }

    private void approveAndPublish(GuideVersion draft) {
        GuideVersion approved = approve(draft);
        content.publish(approved.guideId(), approved.number(), approved.lockVersion());
    }
}
