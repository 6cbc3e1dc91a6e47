package org.passerelle.referral;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseFollower;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.internal.ReferralFileParser;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The referrals of the knowledge base, and which one a question is about.
 *
 * <p>A question matches a referral when it contains one of its keywords as whole words, compared the way training
 * phrases are ({@link KnowledgeBaseLoader#phraseKey}: case, accents and punctuation aside). Keywords are exact on
 * purpose: a referral takes over from the classifier, so it must only fire on the words editors chose ("health card",
 * "carte soleil"), never on a vague likeness. The longest matching keyword wins; keywords of both languages count,
 * since "carte soleil" is typed on English kiosks too.
 *
 * <p>The referrals are those of the knowledge base in force ({@link KnowledgeBase#referralFiles()}): a published
 * referral replaces the old one together with the guides, without a restart. The content feature validates them with
 * {@link #parse} before it publishes, so following a new knowledge base does not fail.
 */
@Service
public class ReferralService implements KnowledgeBaseFollower, SmartInitializingSingleton {

    private final @Nullable KnowledgeService knowledge;
    private volatile @Nullable Indexed indexed;

    /** The referrals with every keyword and its phrase key, folded once rather than for each question. */
    private record Indexed(List<Referral> referrals, List<Keyword> keywords) {
    }

    private record Keyword(Referral referral, String keyword, String key) {
    }

    // Two constructors: Spring's follows the knowledge base in force; tools and tests pass referrals already read.
    @Autowired
    ReferralService(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    /** For tests and tools: referrals already parsed. */
    public ReferralService(List<Referral> referrals) {
        this.knowledge = null;
        this.indexed = index(referrals);
    }

    private static Indexed index(List<Referral> referrals) {
        List<Keyword> all = new ArrayList<>();
        for (Referral referral : referrals) {
            for (Language language : Language.values()) {
                for (String keyword : referral.text(language).keywords()) {
                    String key = KnowledgeBaseLoader.phraseKey(keyword);
                    if (!key.isEmpty()) {
                        all.add(new Keyword(referral, keyword, key));
                    }
                }
            }
        }
        return new Indexed(List.copyOf(referrals), List.copyOf(all));
    }

    /**
     * Reads and validates the referrals a knowledge base carries.
     *
     * @throws KnowledgeBaseException naming the file ({@code referrals/<id>/fr.md}) and line of the first problem
     */
    public static List<Referral> parse(KnowledgeBase knowledgeBase) {
        List<Referral> all = new ArrayList<>();
        for (Map.Entry<String, Map<Language, String>> files : knowledgeBase.referralFiles().entrySet()) {
            all.add(ReferralFileParser.parse(files.getKey(), files.getValue()));
        }
        return all;
    }

    /**
     * Reads {@code referrals/<id>/en.md} and {@code fr.md} of a knowledge-base folder (with the rest of it, which
     * must be valid too); none when the folder has no {@code referrals}.
     *
     * @throws KnowledgeBaseException naming the file and line of the first problem
     */
    public static List<Referral> read(Path folder) {
        return parse(KnowledgeBaseLoader.load(folder));
    }

    @Override
    public Runnable prepare(KnowledgeBase next) {
        Indexed prepared = index(parse(next));
        return () -> {
            synchronized (this) {
                indexed = prepared;
            }
        };
    }

    /** Reads the referrals at start-up: a malformed file stops it with its file and line, as a guide does. */
    @Override
    public void afterSingletonsInstantiated() {
        indexed();
    }

    private Indexed indexed() {
        Indexed current = indexed;
        if (current == null) {
            synchronized (this) {
                current = indexed;
                if (current == null) {
                    // Not in the constructor: the knowledge base loads in the background while Spring starts.
                    current = index(parse(java.util.Objects.requireNonNull(knowledge).current()));
                    indexed = current;
                }
            }
        }
        return current;
    }

    public List<Referral> referrals() {
        return indexed().referrals();
    }

    public Optional<Referral> referral(String id) {
        return referrals().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The referral whose longest keyword the question contains as whole words, if any. */
    public Optional<ReferralMatch> match(String question) {
        String padded = " " + KnowledgeBaseLoader.phraseKey(question) + " ";
        ReferralMatch best = null;
        int bestLength = 0;
        for (Keyword k : indexed().keywords()) {
            if (k.key().length() > bestLength && padded.contains(" " + k.key() + " ")) {
                best = new ReferralMatch(k.referral(), k.keyword());
                bestLength = k.key().length();
            }
        }
        return Optional.ofNullable(best);
    }
}
