package org.passerelle.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.internal.ReferralFileParser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The referrals of the knowledge base, and which one a question is about.
 *
 * <p>A question matches a referral when it contains one of its keywords as whole words, compared the way training
 * phrases are ({@link KnowledgeBaseLoader#phraseKey}: case, accents and punctuation aside). Keywords are exact on
 * purpose: a referral takes over from the classifier, so it must only fire on the words editors chose ("health card",
 * "carte soleil"), never on a vague likeness. The longest matching keyword wins; keywords of both languages count,
 * since "carte soleil" is typed on English kiosks too.
 */
@Service
public class ReferralService {

    private final List<Referral> referrals;
    /** Every keyword of every referral with its phrase key, folded once here rather than for each question. */
    private final List<Keyword> keywords;

    private record Keyword(Referral referral, String keyword, String key) {
    }

    // Two constructors: Spring's reads the configured folder; tools and tests pass referrals already read.
    @Autowired
    ReferralService(@Value("${passerelle.knowledge-base.path:knowledge-base}") Path folder) {
        this(read(folder));
    }

    /** For tests and tools: referrals already parsed. */
    public ReferralService(List<Referral> referrals) {
        this.referrals = List.copyOf(referrals);
        List<Keyword> all = new ArrayList<>();
        for (Referral referral : this.referrals) {
            for (Language language : Language.values()) {
                for (String keyword : referral.text(language).keywords()) {
                    String key = KnowledgeBaseLoader.phraseKey(keyword);
                    if (!key.isEmpty()) {
                        all.add(new Keyword(referral, keyword, key));
                    }
                }
            }
        }
        this.keywords = List.copyOf(all);
    }

    /**
     * Reads {@code referrals/<id>/en.md} and {@code fr.md} under a knowledge-base folder; none when the folder has no
     * {@code referrals}.
     *
     * @throws KnowledgeBaseException naming the file and line of the first problem
     */
    public static List<Referral> read(Path folder) {
        Path root = folder.resolve("referrals");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Referral> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                Map<Language, String> texts = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    Path file = dir.resolve(language.code() + ".md");
                    if (Files.isRegularFile(file)) {
                        texts.put(language, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                all.add(ReferralFileParser.parse(id, texts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public List<Referral> referrals() {
        return referrals;
    }

    public Optional<Referral> referral(String id) {
        return referrals.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The referral whose longest keyword the question contains as whole words, if any. */
    public Optional<ReferralMatch> match(String question) {
        String padded = " " + KnowledgeBaseLoader.phraseKey(question) + " ";
        ReferralMatch best = null;
        int bestLength = 0;
        for (Keyword k : keywords) {
            if (k.key().length() > bestLength && padded.contains(" " + k.key() + " ")) {
                best = new ReferralMatch(k.referral(), k.keyword());
                bestLength = k.key().length();
            }
        }
        return Optional.ofNullable(best);
    }

}
