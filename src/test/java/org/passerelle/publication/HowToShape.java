package org.passerelle.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JSON-LD document against schema.org's {@code HowTo} shape, as written down in the test resource
 * {@code publication/schema-org-howto.json} (an excerpt of the vocabulary, with its sources): the required properties,
 * every property defined for the type it is used on, every value of an expected type (Text, URL, Integer, Number,
 * Date, DateTime, an ISO 8601 Duration, or a node of an expected type, checked in turn), and steps numbered 1 to n in
 * their order.
 */
final class HowToShape {

    private static final String CONTEXT = "https://schema.org";

    private final JsonNode vocabulary;

    private HowToShape(JsonNode vocabulary) {
        this.vocabulary = vocabulary;
    }

    static HowToShape fromSchemaOrgExcerpt() {
        try (InputStream in = HowToShape.class.getResourceAsStream("/publication/schema-org-howto.json")) {
            if (in == null) {
                throw new IllegalStateException("publication/schema-org-howto.json is missing from the test resources");
            }
            return new HowToShape(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the document, one line each; empty when it has the shape. */
    List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        if (!document.isObject()) {
            problems.add("$: a HowTo is a JSON object");
            return problems;
        }
        if (!CONTEXT.equals(string(document.path("@context")))) {
            problems.add("$.@context: must be " + CONTEXT);
        }
        if (!"HowTo".equals(string(document.path("@type")))) {
            problems.add("$.@type: must be HowTo");
        }
        node(document, "HowTo", "$", true, problems);
        JsonNode steps = document.path("step");
        List<JsonNode> list = steps.isArray() ? steps.valueStream().toList()
                : steps.isMissingNode() ? List.of() : List.of(steps);
        for (int i = 0; i < list.size(); i++) {
            JsonNode position = list.get(i).path("position");
            if (!position.isIntegralNumber() || position.asInt() != i + 1) {
                problems.add("$.step[" + i + "].position: must be " + (i + 1) + ", is " + position);
            }
        }
        return problems;
    }

    private void node(JsonNode node, String type, String path, boolean top, List<String> problems) {
        JsonNode properties = vocabulary.path("types").path(type);
        for (JsonNode required : vocabulary.path("required").path(type)) {
            if (!node.has(required.asString())) {
                problems.add(path + ": " + type + " needs " + required.asString());
            }
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            String at = path + "." + name;
            if (name.startsWith("@")) {
                if (!(name.equals("@type") || name.equals("@id") || (top && name.equals("@context")))) {
                    problems.add(at + ": not a JSON-LD keyword this document may use");
                }
                continue;
            }
            if (!properties.has(name)) {
                problems.add(at + ": " + name + " is not a property of " + type);
                continue;
            }
            Set<String> expected = new LinkedHashSet<>();
            properties.get(name).forEach(t -> expected.add(t.asString()));
            JsonNode value = property.getValue();
            if (value.isArray()) {
                if (value.isEmpty()) {
                    problems.add(at + ": an empty list says nothing; leave the property out");
                }
                int i = 0;
                for (JsonNode each : value) {
                    value(each, expected, at + "[" + i++ + "]", problems);
                }
            } else {
                value(value, expected, at, problems);
            }
        }
    }

    private void value(JsonNode value, Set<String> expected, String path, List<String> problems) {
        if (value.isObject()) {
            String type = string(value.path("@type"));
            if (!expected.contains(type) || !vocabulary.path("types").has(type)) {
                problems.add(path + ": a node of type '" + type + "' where " + expected + " is expected");
                return;
            }
            node(value, type, path, false, problems);
            return;
        }
        for (String type : expected) {
            if (isA(value, type)) {
                return;
            }
        }
        problems.add(path + ": " + value + " is not " + String.join(" or ", expected));
    }

    private static boolean isA(JsonNode value, String type) {
        return switch (type) {
            case "Text" -> value.isString() && !value.asString().isBlank();
            case "URL" -> value.isString() && absoluteWebAddress(value.asString());
            case "Integer" -> value.isIntegralNumber();
            case "Number" -> value.isNumber();
            case "Boolean" -> value.isBoolean();
            case "Date" -> value.isString() && parses(() -> LocalDate.parse(value.asString()));
            case "DateTime" -> value.isString() && parses(() -> OffsetDateTime.parse(value.asString()));
            case "Duration" -> value.isString() && parses(() -> Duration.parse(value.asString()));
            default -> false;
        };
    }

    private static String string(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    private static boolean absoluteWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && Set.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
