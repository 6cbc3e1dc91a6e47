package org.passerelle.search;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passerelle.knowledge.Language;

/**
 * Held-out questions with the guide each should find, and how well search ranks that guide: the basis for
 * choosing analysis and scoring settings by measurement rather than by taste.
 */
final class SearchEvaluation {

    /** How deep results are read for the reciprocal rank: a guide below this counts as not found. */
    static final int DEPTH = 10;

    private SearchEvaluation() {
    }

    /** One line of a queries file. */
    record LabeledQuery(int line, Language language, String question, String expectedGuideId) {
    }

    /** Where the expected guide came: 1-based, 0 when not in the first {@link #DEPTH}. */
    record Outcome(LabeledQuery query, int rank, List<String> found) {
    }

    record Metrics(int queries, double recallAt1, double recallAt3, double meanReciprocalRank) {

        static Metrics of(List<Outcome> outcomes) {
            int n = outcomes.size();
            if (n == 0) {
                return new Metrics(0, 0, 0, 0);
            }
            double at1 = outcomes.stream().filter(o -> o.rank() == 1).count() / (double) n;
            double at3 = outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count() / (double) n;
            double mrr = outcomes.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum() / n;
            return new Metrics(n, at1, at3, mrr);
        }
    }

    /** A queries file that cannot be used; each problem is {@code file:line: problem}. */
    static final class MalformedQueries extends Exception {

        private final List<String> problems;

        MalformedQueries(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads a UTF-8 file of {@code language<TAB>question<TAB>expected-guide-id} lines; blank lines and lines
     * starting with {@code #} are skipped.
     */
    static List<LabeledQuery> read(Path file, Set<String> guideIds) throws MalformedQueries {
        String name = file.toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MalformedQueries(List.of(name + ": cannot read: no such file"));
        } catch (CharacterCodingException e) {
            throw new MalformedQueries(List.of(name + ": cannot read: not UTF-8 text"));
        } catch (IOException e) {
            throw new MalformedQueries(List.of(name + ": cannot read: " + e.getMessage()));
        }
        List<LabeledQuery> queries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length < 3) {
                problems.add(where + "missing column: expected language<TAB>question<TAB>expected-guide-id, found "
                        + columns.length + " column" + (columns.length == 1 ? "" : "s"));
                continue;
            }
            if (columns.length > 3) {
                problems.add(where + "too many columns: expected language<TAB>question<TAB>expected-guide-id, found "
                        + columns.length);
                continue;
            }
            Optional<Language> language = Language.fromCode(columns[0]);
            String question = columns[1].strip();
            String guideId = columns[2].strip();
            if (language.isEmpty()) {
                problems.add(where + "unknown language \"" + columns[0].strip() + "\": expected en or fr");
            } else if (question.isEmpty()) {
                problems.add(where + "empty question");
            } else if (!guideIds.contains(guideId)) {
                problems.add(where + "unknown guide id \"" + guideId + "\"");
            } else {
                queries.add(new LabeledQuery(i + 1, language.get(), question, guideId));
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedQueries(problems);
        }
        if (queries.isEmpty()) {
            throw new MalformedQueries(List.of(name + ": no queries"));
        }
        return queries;
    }

    static List<Outcome> run(SearchIndex index, List<LabeledQuery> queries) {
        List<Outcome> outcomes = new ArrayList<>(queries.size());
        for (LabeledQuery query : queries) {
            List<String> found = index.search(query.question(), query.language(), DEPTH).hits().stream()
                    .map(SearchHit::guideId).toList();
            outcomes.add(new Outcome(query, found.indexOf(query.expectedGuideId()) + 1, found));
        }
        return outcomes;
    }

    static Map<Language, Metrics> byLanguage(List<Outcome> outcomes) {
        Map<Language, Metrics> metrics = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.query().language() == language).toList();
            if (!mine.isEmpty()) {
                metrics.put(language, Metrics.of(mine));
            }
        }
        return metrics;
    }
}
