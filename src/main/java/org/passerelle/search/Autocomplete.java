package org.passerelle.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.Language;

/**
 * Suggestions while a citizen types, from guide titles and well-written training phrases.
 *
 * <p>Two Lucene suggesters, because neither does everything: {@link AnalyzingInfixSuggester} matches
 * any word of a suggestion and accepts a single typed letter ({@code pa} → "Renew your adult
 * <b>pa</b>ssport"), but not typos; {@link FuzzySuggester} tolerates a typo ({@code pasp} → "passport
 * renewal") but only matches from the start of a suggestion. Infix results come first, fuzzy ones fill up.
 */
final class Autocomplete implements Closeable {

    /** What is typed is one word or a few; longer input is a question, not a prefix. */
    private static final int MAX_PREFIX_LENGTH = 100;
    /** Fuzzy lookup builds an automaton over the whole input, so it gets a shorter leash. */
    private static final int MAX_FUZZY_PREFIX_LENGTH = 40;

    /** A suggestion and its rank: higher first. */
    record Entry(String text, long weight) {
    }

    private final SearchSettings.Suggest settings;
    private final Map<Language, AnalyzingInfixSuggester> infix = new EnumMap<>(Language.class);
    private final Map<Language, ByteBuffersDirectory> directories = new EnumMap<>(Language.class);
    private volatile Map<Language, FuzzySuggester> fuzzy = Map.of();
    private volatile boolean built;

    Autocomplete(SearchSettings.Suggest settings) {
        this.settings = settings;
        try {
            for (Language language : Language.values()) {
                ByteBuffersDirectory directory = new ByteBuffersDirectory();
                directories.put(language, directory);
                // Kept for the index's lifetime and rebuilt in place: lookups running during a rebuild keep
                // the reader they acquired, so nobody ever sees a closed suggester.
                infix.put(language, new AnalyzingInfixSuggester(directory, Analysis.words(language),
                        Analysis.words(language), AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, false, true,
                        false, false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces all suggestions; a text given several times (a title also asked as a question) is kept once. */
    void rebuild(Map<Language, List<Entry>> entries) throws IOException {
        Map<Language, FuzzySuggester> fuzzyByLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Entry> distinct = new LinkedHashMap<>();
            for (Entry entry : entries.getOrDefault(language, List.of())) {
                distinct.merge(dedupKey(entry.text()), entry, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
            List<Entry> list = List.copyOf(distinct.values());
            infix.get(language).build(new Entries(list));
            FuzzySuggester suggester = new FuzzySuggester(new ByteBuffersDirectory(), "suggest",
                    Analysis.words(language));
            suggester.build(new Entries(list));
            fuzzyByLanguage.put(language, suggester);
        }
        fuzzy = fuzzyByLanguage;
        built = true;
    }

    /** A source of the typed text with misspelled words corrected; asked only when needed. */
    @FunctionalInterface
    interface Correction {
        String get() throws IOException;
    }

    /**
     * Infix matches of what was typed, then fuzzy prefix matches, then infix matches of the corrected text:
     * each source only fills what the one before left empty.
     */
    List<String> suggest(String typed, Correction corrected, Language language, int limit) throws IOException {
        if (!built || limit <= 0 || typed.isBlank()) {
            return List.of();
        }
        String key = typed.length() > MAX_PREFIX_LENGTH ? typed.substring(0, MAX_PREFIX_LENGTH) : typed;
        Map<String, String> distinct = new LinkedHashMap<>();
        add(infix.get(language).lookup(key, (Set<BytesRef>) null, limit, true, false), distinct);
        if (distinct.size() < limit && key.strip().length() >= settings.minFuzzyLength()
                && key.length() <= MAX_FUZZY_PREFIX_LENGTH) {
            add(fuzzyLookup(language, key, limit), distinct);
        }
        if (distinct.size() < limit && key.strip().length() >= settings.minFuzzyLength()) {
            String correctedKey = corrected.get();
            if (!correctedKey.equals(key)) {
                add(infix.get(language).lookup(correctedKey, (Set<BytesRef>) null, limit, true, false), distinct);
            }
        }
        return distinct.values().stream().limit(limit).toList();
    }

    private static void add(List<LookupResult> results, Map<String, String> distinct) {
        for (LookupResult result : results) {
            String suggestion = result.key.toString();
            distinct.putIfAbsent(dedupKey(suggestion), suggestion);
        }
    }

    private List<LookupResult> fuzzyLookup(Language language, String key, int limit) {
        @Nullable FuzzySuggester suggester = fuzzy.get(language);
        if (suggester == null) {
            return List.of();
        }
        try {
            return suggester.lookup(key, false, limit);
        } catch (IOException | IllegalArgumentException | TooComplexToDeterminizeException e) {
            // Odd input the analyzer turns into an unusual automaton: fewer suggestions, not an error.
            return List.of();
        }
    }

    private static String dedupKey(String suggestion) {
        return Analysis.fold(suggestion.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void close() throws IOException {
        for (AnalyzingInfixSuggester suggester : infix.values()) {
            suggester.close();
        }
        for (ByteBuffersDirectory directory : directories.values()) {
            directory.close();
        }
    }

    private static final class Entries implements InputIterator {

        private final Iterator<Entry> entries;
        private @Nullable Entry current;

        Entries(List<Entry> entries) {
            this.entries = new ArrayList<>(entries).iterator();
        }

        @Override
        public @Nullable BytesRef next() {
            if (!entries.hasNext()) {
                current = null;
                return null;
            }
            current = entries.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current == null ? 0 : current.weight();
        }

        @Override
        public @Nullable BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public @Nullable Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
