package org.passerelle.referral.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.passerelle.knowledge.EntryFolder;
import org.passerelle.knowledge.FrontMatter;
import org.passerelle.knowledge.KnowledgeBaseException;
import org.passerelle.knowledge.KnowledgeBaseFiles;
import org.passerelle.knowledge.Language;
import org.passerelle.referral.Referral;
import org.passerelle.referral.Referral.ReferralEntry;
import org.passerelle.referral.Referral.ReferralText;
import org.passerelle.site.Province;

/**
 * Reads one referral's two files ({@code referrals/<id>/en.md}, {@code fr.md}). The shape follows a guide's:
 * front matter between {@code ---} lines, then one {@code ## Province: XX} section per province (or {@code all}),
 * each with {@code who:} and {@code link:} lines, a blank line and the text. Every problem names the file and line.
 */
public final class ReferralFileParser {

    public static final List<String> FIELDS = List.of("id", "title", "summary", "last-reviewed", "keywords");
    private static final Set<String> ENTRY_FIELDS = Set.of("who", "link");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> PROVINCES = Arrays.stream(Province.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private ReferralFileParser() {
    }

    /**
     * @param texts each language's file text; a missing language is an error naming the file it expected
     */
    public static Referral parse(String id, Map<Language, String> texts) {
        Map<Language, ReferralText> parsedTexts = new LinkedHashMap<>();
        Map<String, Map<Language, ReferralEntry>> entries = new LinkedHashMap<>();
        LocalDate reviewed = null;
        List<String> firstProvinces = null;
        for (Language language : Language.values()) {
            Path file = path(id, language);
            String text = texts.get(language);
            if (text == null) {
                throw new KnowledgeBaseException(file, 0, "missing file: every referral has an English and a French side");
            }
            Side side = parseSide(file, id, text);
            parsedTexts.put(language, side.text);
            if (reviewed == null) {
                reviewed = side.reviewed;
            }
            List<String> provinces = List.copyOf(side.entries.keySet());
            if (firstProvinces == null) {
                firstProvinces = provinces;
            } else if (!Set.copyOf(firstProvinces).equals(Set.copyOf(provinces))) {
                throw new KnowledgeBaseException(file, 0, "the provinces " + provinces
                        + " differ from the other language's " + firstProvinces);
            }
            side.entries.forEach((p, e) -> entries.computeIfAbsent(p, k -> new HashMap<>()).put(language, e));
        }
        return new Referral(id, reviewed, parsedTexts, entries);
    }

    public static Path path(String id, Language language) {
        return Path.of(EntryFolder.REFERRALS.path(id, language));
    }

    private record Side(ReferralText text, LocalDate reviewed, Map<String, ReferralEntry> entries) {
    }

    private static Side parseSide(Path file, String id, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        // The front matter's rules are the knowledge base's, as for guides and life events.
        FrontMatter front = KnowledgeBaseFiles.strictFrontMatter(file, List.of(lines), "a referral",
                FIELDS, List.of());
        Map<String, String> fields = new HashMap<>();
        front.fields().forEach((name, field) -> fields.put(name, field.value()));
        int i = front.closingLine();
        if (!ID.matcher(id).matches() || !fields.get("id").equals(id)) {
            throw new KnowledgeBaseException(file, 2, "id \"" + fields.get("id") + "\" must equal the folder name \""
                    + id + "\" (lowercase letters, digits and dashes)");
        }
        LocalDate reviewed;
        try {
            reviewed = LocalDate.parse(fields.get("last-reviewed"));
        } catch (DateTimeParseException e) {
            throw new KnowledgeBaseException(file, 0, "last-reviewed is not a date YYYY-MM-DD: " + fields.get("last-reviewed"));
        }
        List<String> keywords = Arrays.stream(fields.get("keywords").split(";")).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();

        Map<String, ReferralEntry> entries = new LinkedHashMap<>();
        String province = null;
        int provinceLine = 0;
        Map<String, String> entryFields = new HashMap<>();
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (i = i + 1; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            if (line == null || line.startsWith("## ")) {
                if (province != null) {
                    entries.put(province, entry(file, provinceLine, entryFields, body));
                }
                if (line == null) {
                    break;
                }
                String heading = line.substring(3).strip();
                String[] parts = heading.split(":", 2);
                if (parts.length != 2 || !(parts[0].strip().equals("Province") || parts[0].strip().equals("Province ou territoire"))) {
                    throw new KnowledgeBaseException(file, i + 1, "expected \"## Province: XX\" (a province code or \"all\")");
                }
                province = parts[1].strip();
                if (!province.equals(Referral.ALL)) {
                    province = province.toUpperCase(Locale.ROOT);
                    if (!PROVINCES.contains(province)) {
                        throw new KnowledgeBaseException(file, i + 1, "unknown province \"" + parts[1].strip()
                                + "\": use a two-letter code (ON, QC, BC, ...) or \"all\"");
                    }
                }
                if (entries.containsKey(province)) {
                    throw new KnowledgeBaseException(file, i + 1, "province \"" + province + "\" given twice");
                }
                provinceLine = i + 1;
                entryFields = new HashMap<>();
                body = new ArrayList<>();
                inBody = false;
            } else if (province == null) {
                if (!line.isBlank()) {
                    throw new KnowledgeBaseException(file, i + 1, "text before the first \"## Province:\" section");
                }
            } else if (!inBody && line.isBlank()) {
                inBody = true;
            } else if (!inBody) {
                int colon = line.indexOf(':');
                String name = colon > 0 ? line.substring(0, colon).strip() : "";
                if (!ENTRY_FIELDS.contains(name)) {
                    throw new KnowledgeBaseException(file, i + 1, "expected \"who:\" or \"link:\" here, then a blank line");
                }
                entryFields.put(name, line.substring(colon + 1).strip());
            } else {
                body.add(line);
            }
        }
        if (!entries.containsKey(Referral.ALL)) {
            throw new KnowledgeBaseException(file, 0, "no \"## Province: all\" section for the provinces without their own");
        }
        return new Side(new ReferralText(fields.get("title"), fields.get("summary"), keywords), reviewed, entries);
    }

    private static ReferralEntry entry(Path file, int line, Map<String, String> fields, List<String> body) {
        String who = fields.getOrDefault("who", "");
        String link = fields.getOrDefault("link", "");
        if (who.isEmpty()) {
            throw new KnowledgeBaseException(file, line, "this province needs \"who:\" (who runs the service)");
        }
        if (!link.startsWith("https://")) {
            throw new KnowledgeBaseException(file, line, "this province needs \"link:\" to an official https page");
        }
        String text = String.join("\n", body).strip();
        if (text.isEmpty()) {
            throw new KnowledgeBaseException(file, line, "this province needs a text after a blank line");
        }
        return new ReferralEntry(who, link, text);
    }
}
