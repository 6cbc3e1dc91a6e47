package org.passerelle.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.passerelle.knowledge.Language;
import org.passerelle.privacy.Kind;
import org.passerelle.privacy.RedactionCorpus;
import org.passerelle.privacy.RedactionCorpus.Sample;
import org.passerelle.privacy.RedactionScore;
import org.passerelle.privacy.RedactionScore.Tally;
import org.passerelle.privacy.Redactor;

/**
 * Recall and precision of the {@link Redactor} per kind and language on the generated test set
 * ({@link RedactionCorpus}), then its throughput on 280-character messages (the corpus's sentences run
 * together and cut), warm, on one thread.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.passerelle.benchmark.RedactionBenchmark</pre>
 * Add {@code -Dexec.args="--mistakes"} to list every missed identifier and wrong finding.
 */
public final class RedactionBenchmark {

    private static final int MESSAGE_LENGTH = 280;
    private static final int MESSAGES = 10_000;
    private static final double WARM_UP_SECONDS = 3;
    private static final double MEASURE_SECONDS = 5;

    public static void main(String[] args) {
        List<Sample> samples = RedactionCorpus.generate();
        Redactor redactor = new Redactor(RedactionCorpus.CLOCK);
        RedactionScore score = RedactionScore.of(redactor, samples);
        long positives = samples.stream().filter(s -> !s.expected().isEmpty()).count();
        System.out.printf(Locale.ROOT, "generated set: seed=%d, %d sentences (%d with identifiers, %d without), today=%s%n",
                RedactionCorpus.SEED, samples.size(), positives, samples.size() - positives, RedactionCorpus.TODAY);
        System.out.println();
        System.out.println("| kind | language | identifiers | found | recall | redacted | correct | precision |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Kind kind : Kind.values()) {
            for (Language language : Language.values()) {
                row(kind.code(), language.code(), score.of(kind, language));
            }
            row(kind.code(), "both", score.of(kind));
        }
        for (Language language : Language.values()) {
            row("**all**", language.code(), score.of(language));
        }
        row("**all**", "both", score.overall());
        if (Arrays.asList(args).contains("--mistakes")) {
            score.mistakes().forEach(System.out::println);
        }
        System.out.println();
        throughput("generated set, all sentences", redactor, messages(samples));
        throughput("sentences without identifiers only", redactor,
                messages(samples.stream().filter(s -> s.expected().isEmpty()).toList()));
        adversarial(redactor);
    }

    private static void row(String kind, String language, Tally t) {
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %d | %d | %.3f |%n", kind, language, t.expected(),
                t.found(), t.recall(), t.redacted(), t.correct(), t.precision());
    }

    /** Messages of exactly 280 characters made of the corpus's sentences in a fixed random order. */
    private static List<String> messages(List<Sample> samples) {
        List<String> sentences = new ArrayList<>(samples.stream().map(Sample::text).toList());
        Random random = new Random(RedactionCorpus.SEED);
        List<String> messages = new ArrayList<>(MESSAGES);
        StringBuilder message = new StringBuilder();
        while (messages.size() < MESSAGES) {
            Collections.shuffle(sentences, random);
            for (String sentence : sentences) {
                message.append(sentence).append(' ');
                if (message.length() >= MESSAGE_LENGTH) {
                    messages.add(message.substring(0, MESSAGE_LENGTH));
                    message.setLength(0);
                }
            }
        }
        return messages.subList(0, MESSAGES);
    }

    private static void throughput(String what, Redactor redactor, List<String> messages) {
        long bytesPerRound = messages.stream().mapToLong(m -> m.getBytes(StandardCharsets.UTF_8).length).sum();
        long[] sink = new long[1];
        run(redactor, messages, WARM_UP_SECONDS, sink);
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        int rounds = run(redactor, messages, MEASURE_SECONDS, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        long texts = (long) rounds * messages.size();
        // a last round timed message by message, for the latency of one message
        int findings = 0;
        for (String message : messages) {
            long s = System.nanoTime();
            findings += redactor.redact(message).findings().size();
            nanos.add(System.nanoTime() - s);
        }
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "throughput, %s: %d messages of %d characters in %.1f s (after %.0f s warm-up), "
                + "1 thread, %.1f findings per message%n", what, texts, MESSAGE_LENGTH, seconds, WARM_UP_SECONDS,
                (double) findings / messages.size());
        System.out.printf(Locale.ROOT, "  %.0f texts/s, %.2f MB/s (UTF-8), latency p50=%.1f µs p99=%.1f µs%n",
                texts / seconds, rounds * bytesPerRound / seconds / 1e6, nanos.get(nanos.size() / 2) / 1e3,
                nanos.get(nanos.size() * 99 / 100) / 1e3);
        if (sink[0] < 0) {
            System.out.println(); // keeps the JIT from dropping the measured calls
        }
    }

    private static int run(Redactor redactor, List<String> messages, double seconds, long[] sink) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int rounds = 0;
        do {
            for (String message : messages) {
                sink[0] += redactor.redact(message).findings().size();
            }
            rounds++;
        } while (System.nanoTime() < end);
        return rounds;
    }

    /** The worst inputs of the unit tests, timed: 100,000 characters built to make patterns backtrack. */
    private static void adversarial(Redactor redactor) {
        Random random = new Random(1);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 100_000) {
            noise.append("0123456789 -".charAt(random.nextInt(12)));
        }
        for (String text : List.of(noise.toString(), "1 - ".repeat(25_000), "Apt 1, ".repeat(14_286))) {
            redactor.redact(text);
            long s = System.nanoTime();
            redactor.redact(text);
            System.out.printf(Locale.ROOT, "adversarial %,d characters (%s…): %.1f ms%n", text.length(),
                    text.substring(0, 12).replace(" ", "·"), (System.nanoTime() - s) / 1e6);
        }
    }
}
