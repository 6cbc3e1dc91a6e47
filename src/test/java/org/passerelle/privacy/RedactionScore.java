package org.passerelle.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.knowledge.Language;
import org.passerelle.privacy.RedactionCorpus.Sample;

/**
 * Recall and precision of a {@link Redactor} on {@link RedactionCorpus} samples, by kind and language.
 * <ul>
 * <li>Recall: expected identifiers fully covered by a finding of their kind / all expected identifiers.</li>
 * <li>Precision: findings that match an expected identifier / all findings (on positive and negative
 *     sentences alike). A finding matches when it has the identifier's kind, overlaps it and covers at most
 *     {@value #SLACK} characters outside it (a sentence's full stop after "St", say).</li>
 * </ul>
 */
public final class RedactionScore {

    static final int SLACK = 2;

    /** Counts for one slice of the samples. */
    public record Tally(int expected, int found, int redacted, int correct) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(expected + other.expected, found + other.found, redacted + other.redacted,
                    correct + other.correct);
        }

        /** 1 when nothing was expected. */
        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        /** 1 when nothing was redacted. */
        public double precision() {
            return redacted == 0 ? 1 : (double) correct / redacted;
        }
    }

    private final Map<Kind, Map<Language, Tally>> tallies = new EnumMap<>(Kind.class);
    private final List<String> mistakes = new ArrayList<>();

    private RedactionScore() {
        for (Kind kind : Kind.values()) {
            Map<Language, Tally> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                byLanguage.put(language, Tally.NONE);
            }
            tallies.put(kind, byLanguage);
        }
    }

    public static RedactionScore of(Redactor redactor, List<Sample> samples) {
        RedactionScore score = new RedactionScore();
        for (Sample sample : samples) {
            score.add(sample, redactor.redact(sample.text()).findings());
        }
        return score;
    }

    private void add(Sample sample, List<Finding> findings) {
        for (Finding expected : sample.expected()) {
            boolean found = findings.stream().anyMatch(f -> f.kind() == expected.kind() && f.start() <= expected.start()
                    && f.end() >= expected.end());
            count(expected.kind(), sample.language(), new Tally(1, found ? 1 : 0, 0, 0));
            if (!found) {
                mistakes.add("missed " + describe(sample, expected));
            }
        }
        for (Finding finding : findings) {
            boolean correct = sample.expected().stream().anyMatch(e -> e.kind() == finding.kind() && e.overlaps(finding)
                    && Math.max(0, e.start() - finding.start()) + Math.max(0, finding.end() - e.end()) <= SLACK);
            count(finding.kind(), sample.language(), new Tally(0, 0, 1, correct ? 1 : 0));
            if (!correct) {
                mistakes.add("wrong " + describe(sample, finding));
            }
        }
    }

    private void count(Kind kind, Language language, Tally tally) {
        tallies.get(kind).merge(language, tally, Tally::plus);
    }

    private static String describe(Sample sample, Finding finding) {
        return finding.kind().code() + " «" + sample.text().substring(finding.start(), finding.end()) + "» in «"
                + sample.text() + "»";
    }

    public Tally of(Kind kind, Language language) {
        return tallies.get(kind).get(language);
    }

    public Tally of(Kind kind) {
        return tallies.get(kind).values().stream().reduce(Tally.NONE, Tally::plus);
    }

    public Tally of(Language language) {
        return tallies.values().stream().map(byLanguage -> byLanguage.get(language)).reduce(Tally.NONE, Tally::plus);
    }

    public Tally overall() {
        return tallies.keySet().stream().map(this::of).reduce(Tally.NONE, Tally::plus);
    }

    /** Each missed identifier and each wrong finding, with its sentence. */
    public List<String> mistakes() {
        return List.copyOf(mistakes);
    }
}
