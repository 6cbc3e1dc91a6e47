package org.passerelle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.passerelle.Application;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Question;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a citizen gets for held-out questions, end to end: for questions about a guide, how often the
 * right guide is shown directly, offered in a clarification, replaced by a wrong guide, or not
 * understood; for out-of-scope questions, how often the kiosk honestly says it did not understand.
 * Assistant thresholds ({@code passerelle.assistant.*}, {@code passerelle.intent.*}) are tuned on this.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.AssistantEvaluation</pre>
 * Extra arguments are Spring properties, e.g. {@code --passerelle.intent.out-of-scope-threshold=0.4}.
 */
public final class AssistantEvaluation {

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:evaluation",
                "--logging.level.root=warn", "--server.port=0"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET).run(arguments.toArray(String[]::new));
        try {
            Assistant assistant = context.getBean(Assistant.class);
            Map<String, int[]> inScope = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            for (String[] row : rows(Path.of("docs/eval/search-queries.tsv"))) {
                Language language = Language.fromCode(row[0]).orElseThrow();
                Answer answer = assistant.answer(new Question(row[1], language, 0));
                int[] counts = inScope.computeIfAbsent(row[0], k -> new int[5]);
                counts[4]++;
                switch (answer) {
                    case GuideAnswer g when g.guide().id().equals(row[2]) -> counts[0]++;
                    case Clarification c when c.candidates().stream().map(Guide::id).anyMatch(row[2]::equals) -> counts[1]++;
                    case Answer.Confirmation c when c.guide().id().equals(row[2]) -> counts[1]++;
                    case GuideAnswer g -> {
                        counts[2]++;
                        wrong.add(row[0] + " \"" + row[1] + "\" -> " + g.guide().id() + " (expected " + row[2] + ")");
                    }
                    default -> {
                        counts[3]++;
                        wrong.add(row[0] + " \"" + row[1] + "\" -> " + describe(answer) + " (expected " + row[2] + ")");
                    }
                }
            }
            Map<String, int[]> outOfScope = new TreeMap<>();
            for (String[] row : rows(Path.of("docs/eval/out-of-scope-queries.tsv"))) {
                Language language = Language.fromCode(row[0]).orElseThrow();
                Answer answer = assistant.answer(new Question(row[1], language, 0));
                int[] counts = outOfScope.computeIfAbsent(row[0], k -> new int[2]);
                counts[1]++;
                if (answer instanceof Answer.NotUnderstood
                        || answer instanceof Answer.SystemReply s && s.intent().name().equals("OUT_OF_SCOPE")) {
                    counts[0]++;
                } else {
                    wrong.add(row[0] + " out-of-scope \"" + row[1] + "\" -> " + describe(answer));
                }
            }
            System.out.println("Questions about a guide (docs/eval/search-queries.tsv):");
            inScope.forEach((l, c) -> System.out.printf(Locale.ROOT,
                    "  %s: right guide %.1f%%, clarification with it %.1f%%, wrong guide %.1f%%, not understood %.1f%% (n=%d)%n",
                    l, pct(c[0], c[4]), pct(c[1], c[4]), pct(c[2], c[4]), pct(c[3], c[4]), c[4]));
            System.out.println("Out-of-scope questions (docs/eval/out-of-scope-queries.tsv):");
            outOfScope.forEach((l, c) -> System.out.printf(Locale.ROOT, "  %s: not understood %.1f%% (n=%d)%n",
                    l, pct(c[0], c[1]), c[1]));
            System.out.println("Misses:");
            wrong.forEach(w -> System.out.println("  " + w));
        } finally {
            context.close();
        }
    }

    private static String describe(Answer answer) {
        return switch (answer) {
            case Clarification c -> "clarification " + c.candidates().stream().map(Guide::id).toList();
            case GuideAnswer g -> g.guide().id();
            case Answer.Confirmation c -> "is this what you need? " + c.guide().id();
            default -> answer.getClass().getSimpleName();
        };
    }

    private static double pct(int n, int total) {
        return total == 0 ? 0 : 100.0 * n / total;
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).toList();
    }
}
