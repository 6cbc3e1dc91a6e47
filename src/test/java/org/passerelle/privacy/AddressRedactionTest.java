package org.passerelle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.privacy.Redactions.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"123 Main Street", "45 Elm St.", "12-345 King St W", "Apt 4, 77 Bank Avenue",
        "1200 3rd Avenue", "350 O'Connor St", "2 St. Clair Ave. East", "77 Bank Avenue, Unit 5", "Suite 200 - 45 Sparks Street"})
    void english_addresses_are_redacted(String address) {
        assertThat(redact("I live at " + address + " now")).isEqualTo("I live at [address] now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"45, rue Sainte-Catherine Ouest", "1200 boulevard René-Lévesque", "app. 12, 3 chemin du Lac",
        "10 avenue des Pins", "5 rue de l'Église", "8 Côte de la Montagne", "1234, rang Saint-Joseph", "22 rue d'Youville",
        "appartement 3, 101 rue Principale"})
    void french_addresses_are_redacted(String address) {
        assertThat(redact("J'habite au " + address + " depuis 2019")).isEqualTo("J'habite au [address] depuis 2019");
    }

    @Test
    void steps_counts_and_forms_are_not_addresses() {
        assertThat(redact("Step 2 of 5: bring 2 passport photos and Form 5 street smart"))
                .isEqualTo("Step 2 of 5: bring 2 passport photos and Form 5 street smart");
        assertThat(redact("Étape 3 de 7 : tournez à droite 2 rues plus loin, 1 place disponible"))
                .isEqualTo("Étape 3 de 7 : tournez à droite 2 rues plus loin, 1 place disponible");
    }

    @Test
    void a_time_before_a_place_name_is_not_a_civic_number() {
        assertThat(redact("rendez-vous à 14 h 30 Place du Portage")).isEqualTo("rendez-vous à 14 h 30 Place du Portage");
        assertThat(redact("at 10:30 Place du Portage")).isEqualTo("at 10:30 Place du Portage");
    }

    @Test
    void a_street_name_without_a_civic_number_stays() {
        assertThat(redact("the office on Main Street, le bureau de la rue Sainte-Catherine"))
                .isEqualTo("the office on Main Street, le bureau de la rue Sainte-Catherine");
    }

    @Test
    void an_address_typed_in_lower_case_is_a_known_miss() {
        assertThat(redact("123 main street")).isEqualTo("123 main street");
    }
}
