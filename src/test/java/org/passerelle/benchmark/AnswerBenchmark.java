package org.passerelle.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.passerelle.Application;
import org.passerelle.assistant.Answer;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.Question;
import org.passerelle.intent.IntentService;
import org.passerelle.search.SearchService;
import org.passerelle.kiosk.QuestionAnswered;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.LabeledText;
import org.passerelle.knowledge.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Answer latency — classify + search + compose — measured in-process and warm, the way a kiosk's
 * question is answered. Starts the real Spring context (so training and indexing are the production
 * code) on the bundled knowledge base, or on one scaled up with generated guides.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.AnswerBenchmark -Dexec.args="--guides 3000"</pre>
 * Arguments starting with {@code --passerelle.} override the application's settings. {@code --kiosks N} asks from
 * N threads at once (the workload shared between them); {@code --insights} also tells the features that learn from
 * questions (the content gaps, the dashboard) after each answer, as the kiosk does, inside the measured time.
 */
public final class AnswerBenchmark {

    public static void main(String[] args) {
        List<String> a = Arrays.asList(args);
        int guides = intArg(a, "--guides", 0);
        int queries = intArg(a, "--queries", 5000);
        int kiosks = intArg(a, "--kiosks", 1);
        boolean insights = a.contains("--insights");
        Path bundled = Path.of("knowledge-base");
        Path kbPath = guides > 0 ? ScaledKnowledgeBase.create(bundled, guides, 7) : bundled;

        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(Stream.concat(Stream.of("--passerelle.knowledge-base.path=" + kbPath,
                        "--spring.datasource.url=jdbc:h2:mem:benchmark", "--logging.level.root=warn", "--server.port=0"),
                        a.stream().filter(arg -> arg.startsWith("--passerelle."))).toArray(String[]::new));
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        try {
            KnowledgeBase kb = context.getBean(KnowledgeService.class).current();
            Assistant assistant = context.getBean(Assistant.class);
            List<Probe> probes = workload(kb, queries);
            List<Question> workload = probes.stream().map(Probe::question).toList();
            for (int i = 0; i < Math.min(2000, workload.size()); i++) {
                assistant.answer(workload.get(i)); // warm up the JIT
            }
            long[] nanos = new long[workload.size()];
            Answer[] answers = new Answer[workload.size()];
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < kiosks; k++) {
                int kiosk = k;
                threads.add(Thread.ofPlatform().name("kiosk-" + k).start(() -> {
                    for (int i = kiosk; i < workload.size(); i += kiosks) {
                        Question question = workload.get(i);
                        long s = System.nanoTime();
                        Answer answer = assistant.answer(question);
                        if (insights) {
                            // What the kiosk does once it answered: the editors' gaps and dashboard learn from it.
                            context.publishEvent(QuestionAnswered.of("benchmark-" + kiosk, question.text(), answer));
                        }
                        nanos[i] = System.nanoTime() - s;
                        answers[i] = answer;
                    }
                }));
            }
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            Map<String, Integer> outcomes = new java.util.TreeMap<>();
            int guideProbes = 0;
            for (int i = 0; i < workload.size(); i++) {
                Answer answer = answers[i];
                kinds.merge(answer.getClass().getSimpleName(), 1, Integer::sum);
                String expected = probes.get(i).label();
                if (kb.guide(expected).isPresent()) {
                    guideProbes++;
                    outcomes.merge(outcome(answer, expected), 1, Integer::sum);
                }
            }
            Arrays.sort(nanos);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "guides=%d questions=%d kiosk-threads=%d insights=%s context-start=%.1fs "
                    + "heap-used=%dMB%n", kb.guides().size(), workload.size(), kiosks, insights, startSeconds,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.printf(Locale.ROOT, "answer latency: p50=%.3fms p95=%.3fms p99=%.3fms max=%.3fms%nanswers: %s%n",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, kinds);
            int probesAboutGuides = guideProbes;
            System.out.printf(Locale.ROOT, "probes about a guide: %d; %s; right guide shown or offered %.1f%%%n",
                    probesAboutGuides, outcomes.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f%%",
                            e.getKey(), 100.0 * e.getValue() / probesAboutGuides)).toList(),
                    100.0 * (outcomes.getOrDefault("right shown", 0) + outcomes.getOrDefault("right offered", 0))
                            / probesAboutGuides);
            stages(context, workload);
        } finally {
            context.close();
        }
    }

    /** The same workload through each stage alone, to see where the time goes. */
    private static void stages(ConfigurableApplicationContext context, List<Question> workload) {
        IntentService intents = context.getBean(IntentService.class);
        SearchService search = context.getBean(SearchService.class);
        Map<String, java.util.function.Consumer<Question>> stages = new LinkedHashMap<>();
        stages.put("detect language", q -> intents.detectLanguage(q.text(), q.kioskLanguage()));
        stages.put("classify", q -> intents.classify(q.text(), q.kioskLanguage()));
        stages.put("search", q -> search.search(q.text(), q.kioskLanguage(), 5));
        stages.forEach((name, stage) -> {
            long[] nanos = new long[workload.size()];
            for (int i = 0; i < workload.size(); i++) {
                long s = System.nanoTime();
                stage.accept(workload.get(i));
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "  %-16s p50=%.3fms p95=%.3fms%n", name, ms(nanos, 0.50), ms(nanos, 0.95));
        });
    }

    /** A question of the workload and the label of the phrase it was made from. */
    private record Probe(Question question, String label) {
    }

    /** What a citizen asking about the guide {@code expected} got. */
    private static String outcome(Answer answer, String expected) {
        return switch (answer) {
            case Answer.GuideAnswer g -> g.guide().id().equals(expected) ? "right shown" : "wrong shown";
            case Answer.Confirmation c -> c.guide().id().equals(expected) ? "right offered" : "wrong offered";
            case Answer.Clarification c -> c.candidates().stream().anyMatch(g -> g.id().equals(expected))
                    ? "right offered" : "wrong offered";
            default -> answer.getClass().getSimpleName();
        };
    }

    /** Training phrases of both languages, half of them with a typo, plus out-of-scope lines, shuffled. */
    private static List<Probe> workload(KnowledgeBase kb, int n) {
        Random random = new Random(42);
        List<Probe> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (LabeledText t : kb.trainingExamples(language)) {
                String text = random.nextBoolean() ? typo(t.text(), random) : t.text();
                all.add(new Probe(new Question(text, language, 0), t.label()));
            }
        }
        Collections.shuffle(all, random);
        List<Probe> workload = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            workload.add(all.get(i % all.size()));
        }
        return workload;
    }

    private static String typo(String text, Random random) {
        if (text.length() < 4) {
            return text;
        }
        int i = 1 + random.nextInt(text.length() - 2);
        return text.substring(0, i) + text.substring(i + 1);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
