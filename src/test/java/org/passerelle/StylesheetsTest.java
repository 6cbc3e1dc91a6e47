package org.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written stylesheets in {@code frontend/} are served as they are, with no build step to catch a slip: a
 * block left open swallows every rule after it without a word in the browser (it once hid the kiosk's enrolment
 * and "staff member is writing" styles, and the rule that keeps the "Saved" notice from covering the save button).
 */
class StylesheetsTest {

    @Test
    void every_stylesheet_closes_each_block_comment_and_string_it_opens() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("frontend"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                problems.addAll(problems(css.toString(), Files.readString(css)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_block_left_open_is_found_with_the_line_it_opened_on() {
        assertThat(problems("a.css", ".a {\n  color: red;\n/* next */\n.b { color: blue; }\n"))
                .containsExactly("a.css line 1: this { is never closed");
        assertThat(problems("b.css", ".a { color: red; }\n}\n")).containsExactly("b.css line 2: } closes nothing");
        assertThat(problems("c.css", ".a { content: \"x; }\n")).contains("c.css line 1: this string is never closed");
        assertThat(problems("d.css", "/* a comment\n.a { }\n")).containsExactly("d.css line 1: this comment is never closed");
        assertThat(problems("e.css", "@media (x) {\n  .a { content: \"}\"; }\n}\n/* } */\n")).isEmpty();
    }

    static List<String> problems(String name, String css) {
        List<String> problems = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add(name + " line " + line + ": this comment is never closed");
                    return problems;
                }
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c && css.charAt(end) != '\n') {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= css.length() || css.charAt(end) != c) {
                    problems.add(name + " line " + line + ": this string is never closed");
                }
                i = Math.min(end, css.length() - 1);
            } else if (c == '{') {
                open.push(line);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add(name + " line " + line + ": } closes nothing");
                } else {
                    open.pop();
                }
            }
        }
        open.descendingIterator().forEachRemaining(at -> problems.add(name + " line " + at + ": this { is never closed"));
        return problems;
    }
}
