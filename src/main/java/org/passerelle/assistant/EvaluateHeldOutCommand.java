package org.passerelle.assistant;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.intent.HeldOutQuestion;
import org.passerelle.intent.HeldOutQuestions;
import org.passerelle.intent.HeldOutTally;
import org.passerelle.intent.HeldOutTally.Outcome;
import org.passerelle.intent.IntentService;
import org.passerelle.intent.IntentSettings;
import org.passerelle.intent.TrainedModels;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.KnowledgeSettings;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.ReferralService;
import org.passerelle.search.SearchService;
import org.passerelle.search.SearchSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code evaluate-heldout [--knowledge-base DIR] [--en FILE] [--fr FILE] [--show-mistakes N]}: asks every question
 * of the held-out files (default {@code knowledge-base/evaluation/heldout-en.tsv} and {@code -fr.tsv}) to the
 * kiosk's own {@link Assistant}, trained on the knowledge base's phrases with the application's settings, and
 * reports per language what a citizen would have seen: right guide shown, offered in "did you mean", wrong guide
 * shown, not understood; for out-of-scope questions, "not understood" against a guide shown; precision of direct
 * answers and their expected calibration error (10 bins).
 *
 * <p>The held-out files are never read by the knowledge-base loader or the classifier's training.
 */
public final class EvaluateHeldOutCommand {

    private static final Set<String> OPTIONS = Set.of("--knowledge-base", "--en", "--fr", "--show-mistakes");

    private EvaluateHeldOutCommand() {
    }

    /** The kiosk's engines, no web server, database or UI; the folder's knowledge base, models in memory. */
    @Import({KnowledgeService.class, TrainedModels.class, IntentService.class, SearchService.class, ReferralService.class,
            Assistant.class})
    @EnableConfigurationProperties({KnowledgeSettings.class, IntentSettings.class, SearchSettings.class,
            AssistantSettings.class})
    static class Engines {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!OPTIONS.contains(name) || i + 1 >= args.size() || options.put(name, args.get(i + 1)) != null) {
                err.println("evaluate-heldout: bad option " + name + " (known, each once with a value: "
                        + String.join(", ", OPTIONS.stream().sorted().toList()) + ")");
                return 2;
            }
        }
        String root = options.getOrDefault("--knowledge-base", "knowledge-base");
        Map<Language, Path> files = new EnumMap<>(Language.class);
        files.put(Language.EN, Path.of(options.getOrDefault("--en", root + "/evaluation/heldout-en.tsv")));
        files.put(Language.FR, Path.of(options.getOrDefault("--fr", root + "/evaluation/heldout-fr.tsv")));
        int shown;
        try {
            shown = Integer.parseInt(options.getOrDefault("--show-mistakes", "20"));
        } catch (NumberFormatException e) {
            err.println("evaluate-heldout: --show-mistakes must be a whole number");
            return 2;
        }
        Map<Language, List<HeldOutQuestion>> questions = new EnumMap<>(Language.class);
        try {
            for (var file : files.entrySet()) {
                questions.put(file.getKey(), HeldOutQuestions.read(file.getValue()));
            }
        } catch (HeldOutQuestions.MalformedFileException e) {
            err.println("evaluate-heldout: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Engines.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=warn", "spring.main.banner-mode=off",
                        "passerelle.knowledge-base.path=" + root, "passerelle.intent.model-directory=")
                .run()) {
            Assistant assistant = context.getBean(Assistant.class);
            KnowledgeService knowledge = context.getBean(KnowledgeService.class);
            out.printf(Locale.ROOT, "Knowledge base: %s; the kiosk's assistant (classifier, search, thresholds of "
                    + "application.properties)%n", root);
            Map<Language, HeldOutTally> tallies = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                HeldOutTally tally = new HeldOutTally();
                for (HeldOutQuestion q : questions.get(language)) {
                    tally.add(q, decision(assistant.answer(new Question(q.text(), language, 0))));
                }
                tallies.put(language, tally);
                report(language, files.get(language), tally, shown, out);
                Set<String> trained = knowledge.current().trainingExamples(language).stream()
                        .map(e -> KnowledgeBaseLoader.phraseKey(e.text())).collect(Collectors.toSet());
                long same = questions.get(language).stream()
                        .filter(q -> trained.contains(KnowledgeBaseLoader.phraseKey(q.text()))).count();
                out.printf(Locale.ROOT, "  (%d of the %d questions happen to be, once normalised, training phrases "
                        + "too: written apart, not taken from them)%n", same, questions.get(language).size());
            }
            gaps(tallies, out);
        }
        return 0;
    }

    static HeldOutTally.Decision decision(Answer answer) {
        return switch (answer) {
            case GuideAnswer g -> new HeldOutTally.Shown(g.guide().id(), g.confidence());
            case Clarification c -> new HeldOutTally.Offered(c.candidates().stream().map(Guide::id).toList());
            // "Is this what you need?" names one guide and opens it only on Yes: offered, not shown.
            case Answer.Confirmation c -> new HeldOutTally.Offered(List.of(c.guide().id()));
            case Answer.ReferralAnswer r -> new HeldOutTally.Referred(r.referral().id(),
                    r.alsoOffered().stream().map(Guide::id).toList());
            case NotUnderstood n -> new HeldOutTally.NotUnderstood();
            case Answer.SystemReply s -> new HeldOutTally.Other(s.intent().label());
            case Answer.InvalidQuestion i -> new HeldOutTally.Other(i.problem().name());
        };
    }

    private static void report(Language language, Path file, HeldOutTally t, int shown, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "[%s] %s: %d in-scope, %d out-of-scope questions%n", language.code(), file,
                t.inScope(), t.outOfScope());
        out.printf(Locale.ROOT, "  in scope:  right guide shown %s, right guide offered %s, wrong guide shown %s,%n",
                pct(t.inScopeRate(Outcome.RIGHT_SHOWN)), pct(t.inScopeRate(Outcome.RIGHT_OFFERED)),
                pct(t.inScopeRate(Outcome.WRONG_SHOWN)));
        out.printf(Locale.ROOT, "             only wrong guides offered %s, not understood %s, system reply %s%n",
                pct(t.inScopeRate(Outcome.WRONG_OFFERED)), pct(t.inScopeRate(Outcome.NOT_UNDERSTOOD)),
                pct(t.inScopeRate(Outcome.OTHER)));
        out.printf(Locale.ROOT, "             right guide shown or offered %s%n", pct(t.rightShownOrOffered()));
        out.printf(Locale.ROOT, "  out of scope: not understood/referral %s, guide shown %s, clarification %s, "
                + "system reply %s%n", pct(t.outOfScopeRate(Outcome.OUT_OF_SCOPE_DECLINED)),
                pct(t.outOfScopeRate(Outcome.OUT_OF_SCOPE_SHOWN)), pct(t.outOfScopeRate(Outcome.OUT_OF_SCOPE_OFFERED)),
                pct(t.outOfScopeRate(Outcome.OUT_OF_SCOPE_OTHER)));
        out.printf(Locale.ROOT, "  wrong guide shown (all questions): %s%n", pct(t.wrongShown()));
        out.printf(Locale.ROOT, "  precision of direct answers: %s; expected calibration error (10 bins): %s%n",
                pct(t.directPrecision()), Double.isNaN(t.calibrationError()) ? "n/a"
                        : String.format(Locale.ROOT, "%.3f", t.calibrationError()));
        List<HeldOutTally.Result> wrong = t.results().stream()
                .filter(r -> r.outcome() == Outcome.WRONG_SHOWN || r.outcome() == Outcome.OUT_OF_SCOPE_SHOWN)
                .sorted(Comparator.comparingDouble(r -> -((HeldOutTally.Shown) r.decision()).confidence()))
                .toList();
        out.printf(Locale.ROOT, "  wrong guides shown, most confident first (question, expected, got):%n");
        wrong.stream().limit(shown).forEach(r -> out.printf(Locale.ROOT, "    line %d: \"%s\"  %s -> %s (%.2f)%n",
                r.question().line(), r.question().text(),
                r.question().outOfScope() ? HeldOutQuestion.OUT_OF_SCOPE : String.join("|", r.question().expected()),
                ((HeldOutTally.Shown) r.decision()).guideId(), ((HeldOutTally.Shown) r.decision()).confidence()));
        if (wrong.size() > shown) {
            out.printf(Locale.ROOT, "    … and %d more%n", wrong.size() - shown);
        }
    }

    private static void gaps(Map<Language, HeldOutTally> t, PrintStream out) {
        HeldOutTally en = t.get(Language.EN);
        HeldOutTally fr = t.get(Language.FR);
        out.println();
        out.printf(Locale.ROOT, "EN-FR gap (points): right shown or offered %.2f, wrong guide shown %.2f, "
                + "out-of-scope declined %.2f, direct precision %.2f%n",
                gap(en.rightShownOrOffered(), fr.rightShownOrOffered()), gap(en.wrongShown(), fr.wrongShown()),
                gap(en.outOfScopeRate(Outcome.OUT_OF_SCOPE_DECLINED), fr.outOfScopeRate(Outcome.OUT_OF_SCOPE_DECLINED)),
                gap(en.directPrecision(), fr.directPrecision()));
    }

    private static double gap(double a, double b) {
        return 100 * Math.abs(a - b);
    }

    private static String pct(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }
}
