package org.passerelle.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 4180 cells, and no cell a spreadsheet would run as a formula. */
class CsvTest {

    @Test
    void a_cell_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        assertThat(Csv.cell("Main site")).isEqualTo("Main site");
        assertThat(Csv.cell("Saint-Jean, Québec")).isEqualTo("\"Saint-Jean, Québec\"");
        assertThat(Csv.cell("The \"new\" branch")).isEqualTo("\"The \"\"new\"\" branch\"");
        assertThat(Csv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void text_that_would_start_a_formula_starts_with_an_apostrophe_and_numbers_stay_numbers() {
        for (String formula : Arrays.asList("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.cell(formula)).as(formula).contains("'" + formula.charAt(0));
        }
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell(12)).isEqualTo("12");
        assertThat(Csv.cell(0.875)).isEqualTo("0.875");
    }

    @Test
    void a_line_ends_with_crlf_and_an_empty_cell_is_nothing_between_commas() {
        StringBuilder out = new StringBuilder();
        Csv.line(out, Arrays.asList("a", null, 3));

        assertThat(out).hasToString("a,,3\r\n");
    }
}
