package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tests' clock says 2026-11-24. */
class DateOfBirthRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"1956-03-14", "1956/03/14", "14/03/1956", "03/14/1956", "14.03.1956", "14-03-1956",
        "March 14, 1956", "Mar. 14 1956", "14 March 1956", "14th of March, 1956", "14 mars 1956", "1er mai 1960",
        "14 FÉVRIER 1956", "3 août 1975", "3 aout 1975"})
    void an_old_full_date_is_a_birth_date_even_without_a_cue(String date) {
        assertThat(redact("Le dossier dit " + date + " ok")).isEqualTo("Le dossier dit [date-of-birth] ok");
    }

    @Test
    void a_recent_date_after_a_birth_cue_is_redacted() {
        assertThat(redact("My son was born on 2021-06-02.")).isEqualTo("My son was born on [date-of-birth].");
        assertThat(redact("Date of birth: June 2, 2021")).isEqualTo("Date of birth: [date-of-birth]");
        assertThat(redact("DOB 02/06/2021")).isEqualTo("DOB [date-of-birth]");
        assertThat(redact("Ma fille est née le 2 juin 2021")).isEqualTo("Ma fille est née le [date-of-birth]");
        assertThat(redact("date de naissance : 2021-06-02")).isEqualTo("date de naissance : [date-of-birth]");
        assertThat(redact("son anniversaire, c'est le 2 juin 2021")).isEqualTo("son anniversaire, c'est le [date-of-birth]");
    }

    @Test
    void the_french_article_before_the_date_stays() {
        assertThat(redact("je suis né le 1er mai 1960")).isEqualTo("je suis né le [date-of-birth]");
    }

    @Test
    void appointments_and_deadlines_near_today_stay() {
        assertThat(redact("My appointment is on 2026-12-03 at 10:30")).isEqualTo("My appointment is on 2026-12-03 at 10:30");
        assertThat(redact("Deadline: April 30, 2027")).isEqualTo("Deadline: April 30, 2027");
        assertThat(redact("rendez-vous le 3 décembre 2026 à 14 h 30")).isEqualTo("rendez-vous le 3 décembre 2026 à 14 h 30");
        assertThat(redact("ma demande du 15/09/2019")).isEqualTo("ma demande du 15/09/2019");
    }

    @Test
    void a_cue_in_the_previous_sentence_does_not_count() {
        assertThat(redact("I was born in Gatineau. My appointment is 2026-12-03"))
                .isEqualTo("I was born in Gatineau. My appointment is 2026-12-03");
    }

    @Test
    void a_date_just_over_twelve_years_ago_is_plausible_and_one_just_under_is_not() {
        assertThat(redact("2014-11-23")).isEqualTo("[date-of-birth]");
        assertThat(redact("2014-11-24")).isEqualTo("2014-11-24");
    }

    @Test
    void dates_in_1900_or_before_need_a_cue() {
        assertThat(redact("the 1900-01-01 default")).isEqualTo("the 1900-01-01 default");
        assertThat(redact("born 1899-12-31")).isEqualTo("born [date-of-birth]");
    }

    @Test
    void bare_years_and_dates_without_a_year_are_never_redacted() {
        assertThat(redact("since 2019, tax year 2024, born in 1956, my birthday is March 14"))
                .isEqualTo("since 2019, tax year 2024, born in 1956, my birthday is March 14");
        assertThat(redact("je suis née en 1960, le 14 mars")).isEqualTo("je suis née en 1960, le 14 mars");
    }

    @Test
    void impossible_dates_are_not_dates() {
        assertThat(redact("born 1956-02-30 or 31/04/1956 or 1956-13-01")).isEqualTo("born 1956-02-30 or 31/04/1956 or 1956-13-01");
    }

    @Test
    void a_version_or_a_longer_number_is_not_a_date() {
        assertThat(redact("version 1.12.1980.5 and 2019-01-01-17")).isEqualTo("version 1.12.1980.5 and 2019-01-01-17");
    }
}
