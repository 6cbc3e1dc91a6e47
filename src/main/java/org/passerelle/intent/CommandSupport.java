package org.passerelle.intent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passerelle.knowledge.LabeledText;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/** What the evaluation commands share: options, labelled TSV files, quiet logs, number formats. */
final class CommandSupport {

    /** An input problem, reported as one line ({@code file:line: problem}) and exit code 2. */
    static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }

    private CommandSupport() {
    }

    /**
     * {@code --name value} pairs. Every option takes a value; an unknown option, a missing value or a repeated
     * option is an error.
     */
    static Map<String, String> options(List<String> args, Set<String> known) throws InputException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!known.contains(name)) {
                throw new InputException(name.startsWith("--") ? "unknown option " + name + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")" : "unexpected argument " + name);
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new InputException(name + " needs a value");
            }
            if (options.put(name, args.get(++i)) != null) {
                throw new InputException(name + " is given twice");
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String name, String what) throws InputException {
        String value = options.get(name);
        if (value == null) {
            throw new InputException("missing " + name + " " + what);
        }
        return value;
    }

    static int positiveInt(Map<String, String> options, String name, int defaultValue) throws InputException {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputException(name + " must be a positive whole number, was \"" + value + "\"");
        }
    }

    /**
     * Reads a UTF-8 file of {@code label<TAB>text} lines. Blank lines are skipped; the text is everything after
     * the first tab. A line without a tab, with an empty label or an empty text is an error naming the line.
     */
    static List<LabeledText> readLabeledTsv(String file) throws InputException {
        Path path = Path.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        // Decoded line by line, so that a byte that is not UTF-8 is reported on its own line.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<LabeledText> examples = new ArrayList<>();
        int lineNo = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNo++;
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputException(file + ":" + lineNo + ": not valid UTF-8");
            }
            start = end + 1;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new InputException(file + ":" + lineNo + ": no tab; expected label<TAB>text");
            }
            String label = line.substring(0, tab).strip();
            String text = line.substring(tab + 1).strip();
            if (label.isEmpty()) {
                throw new InputException(file + ":" + lineNo + ": empty label");
            }
            if (text.isEmpty()) {
                throw new InputException(file + ":" + lineNo + ": empty text");
            }
            examples.add(new LabeledText(label, text));
        }
        if (examples.isEmpty()) {
            throw new InputException(file + ": no labelled lines");
        }
        return examples;
    }

    /**
     * OpenNLP 2.x reports every training iteration through SLF4J at INFO level. The application turns that off
     * in its configuration; a command runs without that configuration, so it does it here.
     */
    static void quietTrainingLogs() {
        try {
            LoggingSystem.get(CommandSupport.class.getClassLoader()).setLogLevel("opennlp", LogLevel.WARN);
        } catch (RuntimeException e) {
            // No supported logging system: the output is noisier, the figures are the same.
        }
    }

    /**
     * Prints the share of lines answered with a wrong label (a guide shown that is not the line's; lines the
     * classifier declines are not wrong answers) and the expected calibration error of the answers given, at
     * {@code threshold}, with the same decision as the kiosk ({@link IntentPrediction#decide}).
     */
    static void printWrongAnswersAndCalibration(List<HeldOut> heldOut, double threshold, String outOfScopeLabel,
            String indent, java.io.PrintStream out) {
        List<Calibration.Judged> answered = new ArrayList<>();
        int wrong = 0;
        for (HeldOut h : heldOut) {
            String decided = h.prediction().decide(threshold, outOfScopeLabel);
            if (!decided.equals(outOfScopeLabel)) {
                boolean right = decided.equals(h.gold());
                answered.add(new Calibration.Judged(h.prediction().top().probability(), right));
                if (!right) {
                    wrong++;
                }
            }
        }
        double ece = Calibration.expectedCalibrationError(answered, Calibration.BINS);
        out.printf(Locale.ROOT, "%swrong-answer rate at threshold %.2f: %s (%d of %d lines given a wrong label)%n",
                indent, threshold, percent(heldOut.isEmpty() ? Double.NaN : wrong / (double) heldOut.size()), wrong,
                heldOut.size());
        out.printf(Locale.ROOT, "%sexpected calibration error of those answers (10 bins): %s%n", indent,
                Double.isNaN(ece) ? "n/a" : String.format(Locale.ROOT, "%.3f", ece));
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * ratio);
    }
}
