package org.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.passerelle.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.WebApplicationContext;

/**
 * The contract: the specification the server publishes at {@code /api/v1/openapi.json} is the one committed in
 * {@code docs/openapi.json}, so that a change to the API is a change to that file, reviewed as such. To accept a
 * change, regenerate the file: {@code ./mvnw -B -ntp -o test -Dtest=ApiSpecificationTest
 * -Dpasserelle.openapi.write=true}.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class ApiSpecificationTest {

    static final Path COMMITTED = Path.of("docs/openapi.json");

    @Autowired
    WebApplicationContext context;

    @Test
    void the_published_specification_is_the_committed_one() throws Exception {
        String served = ApiMockMvc.of(context).perform(get("/api/v1/openapi.json").with(ApiMockMvc.newClient()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .strip() + "\n";
        assertThat(served).contains("\"openapi\" : \"3.1.0\"").contains("\"/api/v1/answers\"");
        if (Boolean.getBoolean("passerelle.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " exists").isTrue();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(served).as("The API's specification changed without docs/openapi.json. If the change is meant, "
                + "regenerate the file with ./mvnw -B -ntp -o test -Dtest=ApiSpecificationTest "
                + "-Dpasserelle.openapi.write=true and commit it").isEqualTo(committed);
    }

    @Test
    void the_browsable_page_is_served_from_this_server() throws Exception {
        var http = ApiMockMvc.of(context);
        String location = http.perform(get("/api/v1/docs").with(ApiMockMvc.newClient()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("swagger-ui/index.html");
        // Its files come from the swagger-ui webjar on this server (no CDN), under the API's catch-all.
        String page = http.perform(get(location).with(ApiMockMvc.newClient())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("https://");
        http.perform(get(location.replace("index.html", "swagger-ui-bundle.js")).with(ApiMockMvc.newClient()))
                .andExpect(status().isOk());
        http.perform(get(location.replace("index.html", "no-such-file.js")).with(ApiMockMvc.newClient()))
                .andExpect(status().isNotFound());
        String config = http.perform(get("/api/v1/openapi.json/swagger-config").with(ApiMockMvc.newClient()))
                .andReturn().getResponse().getContentAsString();
        assertThat(config).contains("/api/v1/openapi.json");
    }
}
