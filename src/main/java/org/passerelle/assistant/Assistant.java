package org.passerelle.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.passerelle.assistant.Answer.Clarification;
import org.passerelle.assistant.Answer.Confirmation;
import org.passerelle.assistant.Answer.GuideAnswer;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.assistant.Answer.Problem;
import org.passerelle.assistant.Answer.ReferralAnswer;
import org.passerelle.assistant.Answer.SystemReply;
import org.passerelle.intent.IntentPrediction;
import org.passerelle.intent.IntentService;
import org.passerelle.intent.ScoredLabel;
import org.passerelle.knowledge.Guide;
import org.passerelle.knowledge.KnowledgeBase;
import org.passerelle.knowledge.KnowledgeBaseLoader;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;
import org.passerelle.knowledge.SystemIntent;
import org.passerelle.referral.ReferralMatch;
import org.passerelle.referral.ReferralService;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchResults;
import org.passerelle.search.SearchService;
import org.springframework.stereotype.Service;

/**
 * Turns a citizen's question into one {@link Answer}. The intent classifier decides what the question
 * is about and how sure it is; search finds the same guides by their words, supplies a "did you mean"
 * spelling and a highlighted snippet, and helps rank the candidates of a close call.
 *
 * <p>The classifier leads because its probabilities are calibrated on held-out phrases (the
 * out-of-scope threshold is chosen that way); search scores are not comparable across questions, so
 * they only re-rank candidates and never turn an out-of-scope question into a guide on their own.
 */
@Service
public class Assistant {

    private static final int SEARCH_HITS = 5;
    private static final int CANDIDATES_CONSIDERED = 10;
    /** Where a question may join two needs: "and", « et », "&", "+" between words. */
    private static final Pattern JOIN = Pattern.compile("\\s+(?:and|et|&|\\+)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final KnowledgeService knowledge;
    private final IntentService intents;
    private final SearchService search;
    private final AssistantSettings settings;
    private final ReferralService referrals;

    Assistant(KnowledgeService knowledge, IntentService intents, SearchService search, AssistantSettings settings,
              ReferralService referrals) {
        this.knowledge = knowledge;
        this.referrals = referrals;
        this.intents = intents;
        this.search = search;
        this.settings = settings;
    }

    /**
     * Answers with one state of the knowledge base, its search index and its classifier: a publication that
     * happens meanwhile waits for the answer, or the answer for the publication, never half of each.
     */
    public Answer answer(Question question) {
        return knowledge.consistent(() -> answerNow(question));
    }

    private Answer answerNow(Question question) {
        Language kioskLanguage = question.kioskLanguage();
        String text = QuestionText.clean(question.text());
        if (text.isEmpty()) {
            return new InvalidQuestion(Problem.EMPTY, kioskLanguage);
        }
        if (text.length() > settings.maxQuestionLength()) {
            return new InvalidQuestion(Problem.TOO_LONG, kioskLanguage);
        }
        if (!QuestionText.hasWords(text)) {
            return notUnderstood(question, Optional.empty(), kioskLanguage);
        }
        Language language = intents.detectLanguage(text, kioskLanguage).language();
        KnowledgeBase kb = knowledge.current();
        IntentPrediction prediction = intents.classify(text, language);
        SearchResults results = search.search(text, language, SEARCH_HITS);

        String decided = intents.decide(prediction);
        Optional<SystemIntent> system = SystemIntent.fromLabel(decided);
        if (system.isPresent() && system.get() != SystemIntent.OUT_OF_SCOPE) {
            return new SystemReply(system.get(), language);
        }
        List<Candidate> candidates = rankGuides(prediction, results, kb);
        Optional<ReferralMatch> referral = referrals.match(text);
        if (referral.isPresent()) {
            return referred(referral.get(), candidates, language);
        }
        Optional<Answer> twoNeeds = twoNeeds(text, language, kb);
        if (twoNeeds.isPresent()) {
            return twoNeeds.get();
        }
        return guideAnswer(question, prediction, results, candidates, decided, system, kb, language);
    }

    /**
     * A referral's keyword was typed ("health card"), so the referral leads: the classifier knows only federal guides
     * and its best guess is then most often a confident mistake ("renew my health card" -> PR card). A guide is offered
     * under the referral only when the two truly share the words, that is when one of the guide's own questions
     * contains the keyword ("change address on health card" belongs to the change-of-address guide): a clarification
     * offering both, without the classifier's guesses.
     */
    private Answer referred(ReferralMatch match, List<Candidate> candidates, Language language) {
        String key = " " + KnowledgeBaseLoader.phraseKey(match.keyword()) + " ";
        List<Guide> also = candidates.stream().map(Candidate::guide)
                .filter(g -> Arrays.stream(Language.values()).flatMap(l -> g.text(l).questions().stream())
                        .anyMatch(q -> (" " + KnowledgeBaseLoader.phraseKey(q) + " ").contains(key)))
                .limit(settings.clarifyMaxCandidates())
                .toList();
        return new ReferralAnswer(match.referral(), also, language);
    }

    private Answer guideAnswer(Question question, IntentPrediction prediction, SearchResults results,
                               List<Candidate> candidates, String decided, Optional<SystemIntent> system,
                               KnowledgeBase kb, Language language) {
        if (system.isEmpty()) {
            Optional<Guide> guide = kb.guide(decided);
            double top = prediction.top().probability();
            double second = candidates.stream().filter(c -> !c.guide().id().equals(decided))
                    .mapToDouble(Candidate::probability).max().orElse(0);
            double margin = top - second;
            double clarifyMargin = intents.settings().clarifyMargin();
            AssistantSettings.Band band = settings.band(top, margin, clarifyMargin);
            if (guide.isPresent() && band != AssistantSettings.Band.LOW && !searchDisagrees(results, decided, prediction)) {
                return band == AssistantSettings.Band.HIGH
                        ? new GuideAnswer(guide.get(), language, top, false, snippet(results, decided))
                        : new Confirmation(guide.get(), language, top, false);
            }
            if (guide.isPresent()) {
                return clarifyOrConfirm(candidates, guide.get(), top, margin < clarifyMargin, language);
            }
        } else if (!isOutOfScopeClass(prediction)) {
            // Below the threshold but the probability sits on a few guides together: the question is about
            // one of them (e.g. "passport" alone), so asking which beats "I did not understand".
            double mass = candidates.stream().limit(settings.clarifyMaxCandidates()).mapToDouble(Candidate::probability).sum();
            List<Guide> offered = offered(candidates);
            if (mass >= settings.clarifyGuideMass() && offered.size() >= 2) {
                return new Clarification(offered, language);
            }
        }
        return notUnderstood(question, results.didYouMean(), language);
    }

    /**
     * "passport and SIN": when the question joins two parts with "and" / « et » and each part on its own is about a
     * different guide (the classifier decides a guide for it, above the out-of-scope threshold), the citizen named two
     * needs; opening either guide would drop the other, so the kiosk offers both (the best guides of each part, in
     * turn, up to {@code clarify-max-candidates}). Questions without such a join, or whose parts do not both name a
     * guide ("apply and renew my passport"), are answered as a whole.
     */
    private Optional<Answer> twoNeeds(String text, Language language, KnowledgeBase kb) {
        String[] parts = JOIN.split(text, 3);
        if (parts.length != 2) {
            return Optional.empty();
        }
        List<List<Guide>> perPart = new ArrayList<>();
        List<String> tops = new ArrayList<>();
        for (String part : parts) {
            if (!QuestionText.hasWords(part)) {
                return Optional.empty();
            }
            IntentPrediction prediction = intents.classify(part, language);
            String decided = intents.decide(prediction);
            if (kb.guide(decided).isEmpty()) {
                return Optional.empty();
            }
            tops.add(decided);
            List<Guide> offered = offered(rankGuides(prediction, search.search(part, language, SEARCH_HITS), kb));
            perPart.add(offered.isEmpty() ? List.of(kb.guide(decided).get()) : offered);
        }
        if (tops.get(0).equals(tops.get(1))) {
            return Optional.empty();
        }
        List<Guide> both = new ArrayList<>();
        for (int i = 0; both.size() < settings.clarifyMaxCandidates() && i < settings.clarifyMaxCandidates(); i++) {
            for (List<Guide> guides : perPart) {
                if (i < guides.size() && !both.contains(guides.get(i)) && both.size() < settings.clarifyMaxCandidates()) {
                    both.add(guides.get(i));
                }
            }
        }
        return Optional.of(new Clarification(both, language));
    }

    /**
     * A close call: ask which guide was meant; when only one guide is plausible enough to offer, ask whether it is
     * the one rather than open it (it was too close to call, so opening it would be a confident mistake).
     */
    private Answer clarifyOrConfirm(List<Candidate> candidates, Guide top, double probability, boolean lowMargin,
                                    Language language) {
        List<Guide> offered = offered(candidates);
        if (offered.size() < 2) {
            return new Confirmation(top, language, probability, lowMargin);
        }
        return new Clarification(offered, language);
    }

    private List<Guide> offered(List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.probability() >= settings.clarifyMinProbability())
                .limit(settings.clarifyMaxCandidates())
                .map(Candidate::guide)
                .toList();
    }

    /**
     * Search and classifier see a question differently: the classifier learned from phrases, search reads
     * the guides' own words. When search's best guide is another one that the classifier also finds
     * plausible (a bare "passport"), the honest answer is to ask which was meant.
     */
    private boolean searchDisagrees(SearchResults results, String decided, IntentPrediction prediction) {
        return results.topGuideId()
                .filter(id -> !id.equals(decided))
                .map(id -> prediction.ranked().stream().anyMatch(
                        s -> s.label().equals(id) && s.probability() >= settings.clarifyMinProbability()))
                .orElse(false);
    }

    private boolean isOutOfScopeClass(IntentPrediction prediction) {
        return SystemIntent.fromLabel(prediction.top().label()).filter(i -> i == SystemIntent.OUT_OF_SCOPE).isPresent();
    }

    private NotUnderstood notUnderstood(Question question, Optional<String> didYouMean, Language language) {
        boolean helperFirst = question.notUnderstoodInARow() + 1 >= settings.helperFirstAfter();
        return new NotUnderstood(helperFirst, didYouMean, language);
    }

    /** Guides ranked by classifier probability plus a small bonus for where search ranks them. */
    private List<Candidate> rankGuides(IntentPrediction prediction, SearchResults results, KnowledgeBase kb) {
        // Only the head of the ranking can be offered; with thousands of guides the tail is noise.
        Map<String, Double> probability = new LinkedHashMap<>();
        for (ScoredLabel s : prediction.ranked()) {
            if (probability.size() == CANDIDATES_CONSIDERED) {
                break;
            }
            if (SystemIntent.fromLabel(s.label()).isEmpty()) {
                probability.put(s.label(), s.probability());
            }
        }
        Map<String, Double> fused = new LinkedHashMap<>(probability);
        List<SearchHit> hits = results.hits();
        for (int rank = 0; rank < hits.size(); rank++) {
            fused.merge(hits.get(rank).guideId(), settings.searchWeight() / (rank + 1), Double::sum);
        }
        List<Candidate> candidates = new ArrayList<>();
        fused.forEach((id, score) -> kb.guide(id).ifPresent(g -> candidates.add(
                new Candidate(g, probability.getOrDefault(id, 0.0), score))));
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed());
        return candidates;
    }

    private static Optional<String> snippet(SearchResults results, String guideId) {
        return results.hits().stream().filter(h -> h.guideId().equals(guideId)).findFirst().map(SearchHit::snippet)
                .filter(s -> !s.isBlank());
    }

    private record Candidate(Guide guide, double probability, double fused) {
    }
}
