package org.passerelle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.knowledge.KnowledgeService;
import org.passerelle.knowledge.Language;

class SearchServiceTest {

    @Test
    void the_service_indexes_the_current_knowledge_base_and_follows_its_changes() {
        KnowledgeService knowledge = mock(KnowledgeService.class);
        when(knowledge.current()).thenReturn(TestGuides.knowledgeBase(TestGuides.ALL));
        SearchService service = new SearchService(knowledge, SearchSettings.defaults());
        try {
            assertThat(service.search("passport", Language.EN, 5).hits()).isNotEmpty();
            assertThat(service.suggest("pa", Language.EN, 5)).isNotEmpty();

            Runnable swap = service.prepare(TestGuides.knowledgeBase(List.of(TestGuides.REPORT_SCAM)));
            assertThat(service.search("passport", Language.EN, 5).hits()).as("nothing changes before the swap").isNotEmpty();
            swap.run();

            assertThat(service.search("passport", Language.EN, 5).hits()).isEmpty();
            assertThat(service.search("scam", Language.EN, 5).topGuideId()).contains("report-scam");
        } finally {
            service.close();
        }
    }

    @Test
    void settings_defaults_come_from_the_annotations_and_can_be_overridden() {
        SearchSettings defaults = SearchSettings.defaults();
        assertThat(defaults.fuzzy().policy()).isEqualTo(SearchSettings.FuzzyPolicy.UNKNOWN_WORDS);
        assertThat(defaults.fuzzy().minLengthOneEdit()).isEqualTo(4);
        assertThat(defaults.fuzzy().minLengthTwoEdits()).isEqualTo(7);
        assertThat(defaults.englishStemmer()).isEqualTo(SearchSettings.EnglishStemmer.PORTER);
        assertThat(SearchSettings.of(java.util.Map.of("boost.title", "5")).boost().title()).isEqualTo(5f);
    }
}
