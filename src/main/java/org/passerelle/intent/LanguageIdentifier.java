package org.passerelle.intent;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.passerelle.knowledge.Language;

/**
 * Tells English from French with OpenNLP's language detector ({@code langdetect-183.bin}, shipped in the
 * {@code opennlp-models-langdetect} jar: nothing is downloaded), with the kiosk's current language as a
 * prior.
 *
 * <p>Why a prior: the detector knows 103 languages and is unreliable on a few letters ("ok", "merci",
 * "passport" are words of both languages as people type them). A citizen who picked a language keeps it
 * until a text has enough letters and is clearly in the other language; switching by mistake in the middle
 * of a conversation costs more than answering one short message in the kiosk's language.
 *
 * <p>Immutable and thread-safe: the model is read-only and a detector is made per call (it is a thin
 * wrapper). Loading the model takes a fraction of a second and ~10 MB, so load it once.
 */
public final class LanguageIdentifier {

    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final String ENGLISH = "eng";
    private static final String FRENCH = "fra";

    private final LanguageDetectorModel model;
    private final IntentSettings.LanguageDetection settings;
    private final int maxTextLength;

    private LanguageIdentifier(LanguageDetectorModel model, IntentSettings settings) {
        this.model = model;
        this.settings = settings.languageDetection();
        this.maxTextLength = settings.features().maxTextLength();
    }

    /** Loads the model from the class path. */
    public static LanguageIdentifier load(IntentSettings settings) {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_RESOURCE + " is not on the class path "
                        + "(dependency org.apache.opennlp:opennlp-models-langdetect)");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(new BufferedInputStream(in)), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /**
     * The language of {@code text}, given that the kiosk currently speaks {@code kioskLanguage}. Never throws;
     * text without enough letters keeps the kiosk's language.
     *
     * <p>Evidence is added as log-odds for the other language: the prior, the detector's English/French
     * log-ratio times {@code detectorWeight}, and each function word of one language ("je", "mon", "the",
     * "my") or French elision ("j'ai", "l'") counted for its language. The detector alone is weak on the short
     * questions people type: its probabilities are spread over 103 languages, and a clear French sentence is
     * only about 3 times likelier French than English. Function words are what a person looks at too.
     */
    public LanguageGuess detectLanguage(String text, Language kioskLanguage) {
        double prior = settings.kioskPrior();
        String sample = text == null ? "" : text.length() > maxTextLength ? text.substring(0, maxTextLength) : text;
        if (letters(sample) < settings.minLetters()) {
            return new LanguageGuess(kioskLanguage, prior);
        }
        double english = 0;
        double french = 0;
        for (opennlp.tools.langdetect.Language l : new LanguageDetectorME(model).predictLanguages(sample)) {
            if (ENGLISH.equals(l.getLang())) {
                english = l.getConfidence();
            } else if (FRENCH.equals(l.getLang())) {
                french = l.getConfidence();
            }
        }
        // log-odds of French over English from the text alone
        double frenchEvidence = english > 0 && french > 0 ? settings.detectorWeight() * Math.log(french / english) : 0;
        FunctionWords.Counts words = FunctionWords.count(sample);
        frenchEvidence += Math.log(settings.functionWordWeight()) * (words.french() - words.english());
        double otherEvidence = kioskLanguage == Language.EN ? frenchEvidence : -frenchEvidence;
        double logOdds = Math.log((1 - prior) / prior) + otherEvidence;
        double posteriorOther = 1 / (1 + Math.exp(-logOdds));
        return posteriorOther >= settings.switchConfidence()
                ? new LanguageGuess(kioskLanguage.other(), posteriorOther)
                : new LanguageGuess(kioskLanguage, 1 - posteriorOther);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
