package org.passerelle.intent;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a held-out question file: UTF-8, one {@code question<TAB>expected<TAB>kind} per line, where expected is a
 * guide id, several guide ids separated by {@code |}, or {@code out-of-scope}. Blank lines and lines starting with
 * {@code #} are skipped. Anything else malformed is an error naming the file and line.
 */
public final class HeldOutQuestions {

    /** A malformed held-out file; the message is {@code file:line: problem}. */
    public static final class MalformedFileException extends Exception {
        MalformedFileException(String message) {
            super(message);
        }
    }

    private HeldOutQuestions() {
    }

    public static List<HeldOutQuestion> read(Path file) throws MalformedFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MalformedFileException(file + ": file not found");
        } catch (IOException e) {
            throw new MalformedFileException(file + ": cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedFileException(file + ": not valid UTF-8");
        }
        return parse(file.toString(), text);
    }

    static List<HeldOutQuestion> parse(String file, String text) throws MalformedFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<HeldOutQuestion> questions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new MalformedFileException(file + ":" + lineNo + ": " + columns.length
                        + " column(s); expected question<TAB>expected guide id or out-of-scope<TAB>kind");
            }
            String question = columns[0].strip();
            String expected = columns[1].strip();
            String kind = columns[2].strip();
            if (question.isEmpty()) {
                throw new MalformedFileException(file + ":" + lineNo + ": empty question");
            }
            if (expected.isEmpty()) {
                throw new MalformedFileException(file + ":" + lineNo + ": empty expected guide id");
            }
            if (kind.isEmpty()) {
                throw new MalformedFileException(file + ":" + lineNo + ": empty kind");
            }
            Set<String> ids = new LinkedHashSet<>();
            if (!expected.equals(HeldOutQuestion.OUT_OF_SCOPE)) {
                for (String id : expected.split("\\|", -1)) {
                    String guide = id.strip();
                    if (guide.isEmpty() || guide.equals(HeldOutQuestion.OUT_OF_SCOPE)) {
                        throw new MalformedFileException(file + ":" + lineNo + ": bad expected \"" + expected
                                + "\"; guide ids separated by |, or out-of-scope alone");
                    }
                    ids.add(guide);
                }
            }
            questions.add(new HeldOutQuestion(question, ids, kind, lineNo));
        }
        if (questions.isEmpty()) {
            throw new MalformedFileException(file + ": no questions");
        }
        return questions;
    }
}
