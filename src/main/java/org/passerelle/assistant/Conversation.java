package org.passerelle.assistant;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.assistant.Answer.InvalidQuestion;
import org.passerelle.assistant.Answer.NotUnderstood;
import org.passerelle.knowledge.Language;

/**
 * One citizen's conversation at a kiosk: the turns so far and how many answers in a row were "not
 * understood". It lives only in the kiosk's UI session and is dropped when the session is cleared.
 */
public final class Conversation {

    /** A question and the answer it got. */
    public record Turn(String question, Answer answer) {
    }

    private final Assistant assistant;
    private final List<Turn> turns = new ArrayList<>();
    private int notUnderstoodInARow;

    public Conversation(Assistant assistant) {
        this.assistant = assistant;
    }

    /**
     * A conversation whose earlier turns its caller keeps (a web chat, software calling the public API): only how many
     * answers in a row were "not understood", so that the next answer is decided as the kiosk's would be.
     */
    public static Conversation resumed(Assistant assistant, int notUnderstoodInARow) {
        if (notUnderstoodInARow < 0) {
            throw new IllegalArgumentException("a count of answers cannot be negative");
        }
        Conversation conversation = new Conversation(assistant);
        conversation.notUnderstoodInARow = notUnderstoodInARow;
        return conversation;
    }

    public Answer ask(String text, Language kioskLanguage) {
        Answer answer = assistant.answer(new Question(text, kioskLanguage, notUnderstoodInARow));
        switch (answer) {
            case NotUnderstood n -> notUnderstoodInARow++;
            case InvalidQuestion i -> { }
            default -> notUnderstoodInARow = 0;
        }
        turns.add(new Turn(QuestionText.clean(text), answer));
        return answer;
    }

    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    public int notUnderstoodInARow() {
        return notUnderstoodInARow;
    }

    /** Forgets everything: the next person starts from nothing. */
    public void clear() {
        turns.clear();
        notUnderstoodInARow = 0;
    }
}
