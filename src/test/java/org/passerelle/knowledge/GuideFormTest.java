package org.passerelle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.GuideForm.StepForm;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.GuideText;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.KnowledgeBaseLayout;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.Step;

/** A guide side as a form: read from the stored text and written back so that the strict loader accepts it. */
class GuideFormTest {

    private static final Path BUNDLED = Path.of("knowledge-base");
    private static final KnowledgeBaseFiles FILES = KnowledgeBaseFiles.read(BUNDLED);

    private static GuideForm bundled(String id, Language language) {
        return GuideForm.parse(FILES.text(KnowledgeBaseLayout.guidePath(id, language)).orElseThrow()).orElseThrow();
    }

    /** The bundled knowledge base with one guide's two sides replaced by these forms' text, strictly loaded. */
    private static KnowledgeBase loadWith(GuideForm en, GuideForm fr) {
        return KnowledgeBaseLoader.load(FILES.with(KnowledgeBaseLayout.guidePath(en.id(), Language.EN), en.toText())
                .with(KnowledgeBaseLayout.guidePath(fr.id(), Language.FR), fr.toText()));
    }

    @Test
    void every_bundled_guide_file_reads_as_a_form_that_writes_the_same_bytes_back() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BUNDLED.resolve("guides"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(GuideForm.parse(text)).as(file.toString()).hasValueSatisfying(
                    form -> assertThat(form.toText()).as(file.toString()).isEqualTo(text));
        }
    }

    @Test
    void a_french_side_reads_as_french_and_keeps_its_french_headings() {
        GuideForm fr = bundled("passport-renewal", Language.FR);

        assertThat(fr.language()).isEqualTo(Language.FR);
        assertThat(fr.steps().getFirst().title()).isEqualTo("Vérifiez si vous pouvez renouveler");
        assertThat(fr.toText()).contains("\n## Étape : Vérifiez si vous pouvez renouveler\n", "\n## Questions posées\n");
        assertThat(bundled("passport-renewal", Language.EN).language()).isEqualTo(Language.EN);
    }

    @Test
    void a_form_edited_step_by_step_writes_a_guide_the_strict_loader_accepts_and_reads_back_equal() {
        GuideForm en = edit(bundled("passport-renewal", Language.EN), "Ask at the counter for a form.", "renew passport at the kiosk form");
        GuideForm fr = edit(bundled("passport-renewal", Language.FR), "Demandez un formulaire au comptoir.", "renouveler passeport formulaire au kiosque");

        KnowledgeBase kb = loadWith(en, fr);

        Guide guide = kb.guide("passport-renewal").orElseThrow();
        GuideText text = guide.text(Language.EN);
        assertThat(text.steps()).extracting(Step::title).containsExactly("Get two passport photos",
                "Check that you can renew", "Get the form", "Renew online", "Or renew by mail");
        Step added = text.steps().get(2);
        assertThat(added.optional()).isTrue();
        assertThat(added.body()).isEqualTo("Ask at the counter for a form.");
        assertThat(added.bring()).containsExactly("Your current passport", "A pen");
        assertThat(added.time()).contains("5 minutes");
        assertThat(text.steps().get(3).orNext()).isTrue();
        assertThat(text.steps().get(4).orNext()).isFalse();
        assertThat(text.questions()).contains("renew passport at the kiosk form").doesNotContain("renew my passport");
        assertThat(en.steps().get(2).bring()).as("empty entries dropped").containsExactly("Your current passport", "A pen");
        assertThat(en.questions()).as("blank questions dropped").last().isEqualTo("renew passport at the kiosk form");
        assertThat(GuideForm.parse(en.toText())).contains(en);
        assertThat(GuideForm.parse(fr.toText())).contains(fr);
    }

    /** Swaps the first two steps, adds an optional step, drops the last one, and changes the questions. */
    private static GuideForm edit(GuideForm form, String newBody, String newQuestion) {
        List<StepForm> steps = new ArrayList<>(form.steps());
        steps.add(0, steps.remove(1));
        StepForm renewOnline = steps.get(2);
        StepForm byMail = steps.get(3);
        steps.add(2, new StepForm(form.language() == Language.FR ? "Obtenez le formulaire" : "Get the form", newBody,
                true, false, "", "5 minutes", List.of(bring(form, 0), "", form.language() == Language.FR ? "Un stylo" : "A pen")));
        steps.set(3, renewOnline);
        // The last step cannot be "or-next": mail becomes the last choice once "in person" is gone.
        steps.set(4, new StepForm(byMail.title(), byMail.body(), false, false, byMail.cost(), byMail.time(), byMail.bring()));
        steps.subList(5, steps.size()).clear();
        List<String> questions = new ArrayList<>(form.questions().subList(1, form.questions().size()));
        questions.addAll(List.of(newQuestion, "  "));
        return form.withSteps(steps).withQuestions(questions);
    }

    private static String bring(GuideForm form, int index) {
        return form.steps().get(2).bring().get(index);
    }

    @Test
    void a_line_break_in_a_one_line_field_cannot_add_a_field_or_a_section() {
        GuideForm en = bundled("passport-renewal", Language.EN);
        GuideForm fr = bundled("passport-renewal", Language.FR);
        List<StepForm> steps = new ArrayList<>(en.steps());
        steps.set(0, new StepForm("Check\n## Questions", "Look at it.\n## Questions\n- renew my passport\n\\## kept",
                false, false, "Free\r\ntopic: work", "", List.of("A\nbring: card")));
        GuideForm edited = new GuideForm(en.id(), "Renew\nofficial-link: https://example.com\r\n---", en.summary(),
                en.topic(), en.officialLink(), en.lastReviewed(), en.related(), en.synonyms(), steps, en.questions());

        String text = edited.toText();

        assertThat(text).contains("\ntitle: Renew official-link: https://example.com  ---\n",
                "\n## Step: Check ## Questions\n", "\ncost: Free  topic: work\n", "\nbring: A bring: card\n",
                "\nLook at it.\n\\## Questions\n- renew my passport\n\\\\## kept\n");
        GuideText loaded = loadWith(edited, fr).guide(en.id()).orElseThrow().text(Language.EN);
        assertThat(loaded.title()).isEqualTo("Renew official-link: https://example.com  ---");
        assertThat(loaded.officialLink()).hasToString(en.officialLink());
        assertThat(loaded.steps()).hasSize(en.steps().size());
        assertThat(loaded.steps().getFirst().title()).isEqualTo("Check ## Questions");
        assertThat(loaded.questions()).isEqualTo(en.questions());
        StepForm reread = GuideForm.parse(text).orElseThrow().steps().getFirst();
        assertThat(reread.body()).isEqualTo("Look at it.\n## Questions\n- renew my passport\n\\## kept");
        assertThat(reread.title()).isEqualTo("Check ## Questions");
    }

    @Test
    void markup_stays_literal_text_in_the_form() {
        String script = "<script>alert('x')</script>";
        GuideForm en = bundled("passport-renewal", Language.EN);
        List<StepForm> steps = new ArrayList<>(en.steps());
        StepForm first = steps.getFirst();
        steps.set(0, new StepForm(script, script + " **bold**", false, false, "", first.time(), List.of()));
        GuideForm edited = new GuideForm(en.id(), script, en.summary(), en.topic(), en.officialLink(),
                en.lastReviewed(), en.related(), en.synonyms(), steps, en.questions());

        GuideForm reread = GuideForm.parse(edited.toText()).orElseThrow();

        assertThat(reread).isEqualTo(edited);
        assertThat(reread.title()).isEqualTo(script);
        assertThat(reread.steps().getFirst().body()).isEqualTo(script + " **bold**");
    }

    @Test
    void text_the_form_has_no_field_for_is_not_shown_as_a_form() {
        String text = FILES.text(KnowledgeBaseLayout.guidePath("passport-renewal", Language.EN)).orElseThrow();

        assertThat(GuideForm.parse(text.replace("summary:", "sumary:"))).isEmpty();
        assertThat(GuideForm.parse("Intro\n" + text)).isEmpty();
        assertThat(GuideForm.parse(text.replace("topic:", "# a comment\ntopic:"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("time: 5 minutes", "duration: 5 minutes"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("or-next: yes", "or-next: maybe"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("- renew my passport\n", "renew my passport\n"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("## Questions", "## Notes\nSomething.\n\n## Questions"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("---\n\n## Step", "---\nSome text.\n\n## Step"))).isEmpty();
        assertThat(GuideForm.parse(text.replace("title:", "id: again\ntitle:"))).isEmpty();
        assertThat(GuideForm.parse(text.substring(0, text.indexOf("---", 3)))).isEmpty();
        assertThat(GuideForm.parse(" \n")).isEmpty();
        assertThat(GuideForm.parse("")).isEmpty();
    }

    @Test
    void missing_fields_and_attributes_read_as_empty() {
        GuideForm form = GuideForm.parse("---\nid: draft\ntitle:\n---\n\n## Step: First\n\n## Questions\n").orElseThrow();

        assertThat(form).isEqualTo(new GuideForm("draft", "", "", "", "", "", List.of(), List.of(),
                List.of(new StepForm("First", "", false, false, "", "", List.of())), List.of()));
    }

    @Test
    void a_blank_side_has_its_id_and_one_empty_step_and_reads_back_equal() {
        GuideForm blank = GuideForm.blank("new-guide");

        assertThat(blank.id()).isEqualTo("new-guide");
        assertThat(blank.lastReviewed()).isEmpty();
        assertThat(blank.steps()).containsExactly(StepForm.empty());
        assertThat(GuideForm.parse(blank.toText())).contains(blank);
        GuideForm french = GuideForm.blank("new-guide", Language.FR);
        assertThat(GuideForm.parse(french.toText())).contains(french);
    }

    @Test
    void the_form_keeps_only_what_its_text_can_hold() {
        StepForm step = new StepForm(" Go\r\nnow ", "\r\n Text\r\nmore\u0007 \n", false, false, " ", "",
                List.of("a; b", " ", "c"));
        GuideForm form = new GuideForm(" x ", "T\n", "", "", "", "", List.of("a, b", ""), List.of("x, y; ; z, w"),
                List.of(step), List.of("q\none", "\t"));

        assertThat(form.title()).isEqualTo("T");
        assertThat(form.id()).isEqualTo("x");
        assertThat(form.related()).containsExactly("a", "b");
        assertThat(form.synonyms()).containsExactly("x, y", "z, w");
        assertThat(form.questions()).containsExactly("q one");
        assertThat(form.steps().getFirst()).isEqualTo(
                new StepForm("Go  now", "Text\nmore", false, false, "", "", List.of("a", "b", "c")));
        assertThat(GuideForm.parse(form.toText())).contains(form);
    }

    @Test
    void synonym_groups_are_written_to_the_front_matter_and_used_by_search() {
        GuideForm en = bundled("passport-renewal", Language.EN);
        GuideForm withSynonyms = new GuideForm(en.id(), en.title(), en.summary(), en.topic(), en.officialLink(),
                en.lastReviewed(), en.related(), List.of("passport, travel document", " ", "renew, renewal"),
                en.steps(), en.questions());

        String text = withSynonyms.toText();

        assertThat(text).contains("\nrelated: passport-first, replace-lost-documents, passport-child\n"
                + "synonyms: passport, travel document; renew, renewal\n---\n");
        assertThat(loadWith(withSynonyms, bundled("passport-renewal", Language.FR)).synonyms(Language.EN))
                .endsWith("passport, travel document", "renew, renewal");
        assertThat(GuideForm.parse(text).orElseThrow().synonyms())
                .containsExactly("passport, travel document", "renew, renewal");
    }
}
