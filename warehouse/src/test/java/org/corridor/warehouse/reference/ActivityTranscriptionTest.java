package org.corridor.warehouse.reference;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corridor.warehouse.area.Area;
import org.corridor.warehouse.area.Areas;
import org.corridor.warehouse.table.BronzeTables;
import org.corridor.warehouse.table.TableSpec;
import org.junit.jupiter.api.Test;

/**
 * The shipped transcriptions of the RCP annex and the GFMD matrix: every code known to the code
 * lists, the counts read off the seeds by hand, every tag supported by the text, every text taken
 * verbatim from its seed.
 */
class ActivityTranscriptionTest {
  private static final List<String> ACTIVITY_COLUMNS =
      List.of(
          "research",
          "capacity_building",
          "pilot_projects",
          "founding_documents",
          "intra_governmental_consultation",
          "stakeholder_cooperation",
          "cross_fertilisation",
          "link_to_gfmd");
  private static final Set<String> GMG_MEMBERS =
      Set.of("IOM", "UNDP", "UNFPA", "UNHCR", "UNODC", "UN-DESA");
  private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
  private static final String RCP_SEED = "004_7481cac916b1bf42.txt";
  private static final String MATRIX_SEED = "003_cd03aca956712643.txt";
  private static final String PRACTICE_SEED = "001_bea21222b130690c.txt";

  private final List<CodeListFile.Row> rcpRows =
      read(ActivityTranscription.RCP_ANNEX, BronzeTables.RCP_ACTIVITY);
  private final List<CodeListFile.Row> gfmdRows =
      read(ActivityTranscription.GFMD_MATRIX, BronzeTables.GFMD_ACTIVITY);

  @Test
  void headersAreTheLayoutsTheEtlReads() {
    assertThat(firstLine(ActivityTranscription.RCP_ANNEX))
        .isEqualTo(String.join(",", published(BronzeTables.RCP_ACTIVITY)));
    assertThat(firstLine(ActivityTranscription.GFMD_MATRIX))
        .isEqualTo(String.join(",", published(BronzeTables.GFMD_ACTIVITY)));
  }

  @Test
  void everyRcpRecordUsesKnownCodes() {
    Rcps rcps = Rcps.load();
    GfmdAgenda agenda = GfmdAgenda.load();
    Set<String> countries = countryCodes();
    for (CodeListFile.Row row : rcpRows) {
      Rcp rcp = rcps.find(row.required("rcp")).orElseThrow(() -> row.invalid("unknown RCP"));
      assertThat(rcp.annexGroup()).contains(Integer.valueOf(row.required("thematic_group")));
      assertThat(ACTIVITY_COLUMNS).contains(row.required("activity_column"));
      assertThat(row.required("status"))
          .isIn("reported", "no_example_provided", "no_response_given");
      assertThat(row.optional("text").isPresent())
          .as("line %d: a reported activity has text, a reported absence none", row.line())
          .isEqualTo(row.required("status").equals("reported"));
      assertThat(tokens(row, "years")).allMatch(year -> YEAR.matcher(year).matches());
      assertThat(tokens(row, "countries")).allMatch(countries::contains);
      assertTagsAreKnown(row);
      assertThat(tokens(row, "gfmd_roundtables")).allMatch(agenda::isRoundtableOrSubTheme);
    }
  }

  @Test
  void sequencesNumberTheActivitiesOfEachCellFromOne() {
    Map<String, List<Integer>> sequences = new HashMap<>();
    for (CodeListFile.Row row : rcpRows) {
      sequences
          .computeIfAbsent(
              row.required("rcp") + " " + row.required("activity_column"), k -> new ArrayList<>())
          .add(Integer.valueOf(row.required("sequence")));
    }
    assertThat(sequences)
        .allSatisfy(
            (cell, numbers) ->
                assertThat(numbers)
                    .as(cell)
                    .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
    assertThat(rcpRows).extracting(row -> row.required("source")).containsOnly(rcpSource());
  }

  @Test
  void rcpCountsAreTheAnnexCounts() {
    assertThat(rcpRows).hasSize(131);
    assertThat(countBy(rcpRows, "rcp"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("MIDSA", 15L),
                Map.entry("MIDWA", 8L),
                Map.entry("COLOMBO", 14L),
                Map.entry("RCM", 19L),
                Map.entry("SACM", 9L),
                Map.entry("FIVE_PLUS_FIVE", 10L),
                Map.entry("SODERKOPING", 7L),
                Map.entry("IGC", 11L),
                Map.entry("MTM", 11L),
                Map.entry("BALI", 10L),
                Map.entry("BUDAPEST", 11L),
                Map.entry("APC", 6L)));
    // The seed prints "no example provided" 12 times and "no response given" 16 times; Bali's
    // cross-fertilisation cell holds "-", recorded as no response.
    assertThat(countBy(rcpRows, "status"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reported", 102L, "no_example_provided", 12L, "no_response_given", 17L));
    // 6 RCPs x 8 cells and 6 x 7 (groups 2 and 3 have no founding-documents cell) = 90 cells;
    // 9 are blank, lost or illegible in the seed and have no record.
    Set<String> cells =
        rcpRows.stream()
            .map(row -> row.required("rcp") + " " + row.required("activity_column"))
            .collect(Collectors.toSet());
    assertThat(cells).hasSize(81);
    assertThat(cells)
        .doesNotContain(
            "MIDSA pilot_projects",
            "MIDWA intra_governmental_consultation",
            "COLOMBO cross_fertilisation",
            "SACM intra_governmental_consultation",
            "FIVE_PLUS_FIVE intra_governmental_consultation",
            "SODERKOPING intra_governmental_consultation",
            "IGC stakeholder_cooperation",
            "BUDAPEST stakeholder_cooperation",
            "APC pilot_projects");
    assertThat(rcpRows)
        .filteredOn(row -> !row.required("thematic_group").equals("1"))
        .noneMatch(row -> row.required("activity_column").equals("founding_documents"));
  }

  @Test
  void rcpRecordsCarryTheYearsAndCountriesTheirTextNames() {
    CodeListFile.Row exchange = rcpRow("RCM", "founding_documents", 3);
    assertThat(exchange.required("text")).startsWith("Exchange of practice between");
    assertThat(tokens(exchange, "countries")).containsExactly("CAN", "GTM", "PAN", "SLV", "USA");
    assertThat(tokens(exchange, "years")).containsExactly("2004");
    CodeListFile.Row paris = rcpRow("FIVE_PLUS_FIVE", "founding_documents", 3);
    assertThat(tokens(paris, "years")).containsExactly("2005", "2006");
    assertThat(tokens(paris, "countries")).containsExactly("FRA");
    assertThat(tokens(paris, "sdg_targets")).containsExactly("10.c", "17.3");
    CodeListFile.Row aeneas = rcpRow("COLOMBO", "pilot_projects", 2);
    assertThat(aeneas.required("text")).startsWith("AENEAS Project");
    assertThat(aeneas.required("note")).contains("RCM row");
    assertThat(rcpRows.stream().filter(row -> row.optional("countries").isPresent()).count())
        .isEqualTo(29);
  }

  @Test
  void gfmdRecordsUseKnownCodesAndNestTheirSubThemes() {
    GfmdAgenda agenda = GfmdAgenda.load();
    Set<String> countries = countryCodes();
    Set<String> keys = new HashSet<>();
    for (CodeListFile.Row row : gfmdRows) {
      assertThat(keys.add(row.required("source") + " " + row.required("record_id"))).isTrue();
      String subTheme = row.required("sub_theme");
      assertThat(agenda.subTheme(subTheme).orElseThrow().roundtable())
          .isEqualTo(row.required("roundtable"));
      assertThat(row.required("title")).isNotBlank();
      assertThat(tokens(row, "countries")).allMatch(countries::contains);
      assertThat(tokens(row, "years")).allMatch(year -> YEAR.matcher(year).matches());
      assertTagsAreKnown(row);
    }
    assertThat(gfmdRows)
        .filteredOn(row -> row.required("record_type").equals("activity"))
        .allSatisfy(
            row -> {
              assertThat(row.required("record_id")).startsWith(row.required("sub_theme") + "-");
              assertThat(row.optional("objective")).isPresent();
              assertThat(row.required("partners").split("; ")).isSubsetOf(GMG_MEMBERS);
            });
  }

  @Test
  void gfmdCountsAreTheMatrixCounts() {
    assertThat(gfmdRows).hasSize(67);
    assertThat(countBy(gfmdRows, "record_type"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("activity", 63L, "practice", 4L));
    Map<String, Long> perSubTheme =
        gfmdRows.stream()
            .filter(row -> row.required("record_type").equals("activity"))
            .collect(groupingBy(row -> row.required("sub_theme"), counting()));
    assertThat(perSubTheme)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("RT1a", 4L),
                Map.entry("RT1b", 2L),
                Map.entry("RT1c", 5L),
                Map.entry("RT1d", 4L),
                Map.entry("RT1e", 3L),
                Map.entry("RT1f", 2L),
                Map.entry("RT1g", 11L),
                Map.entry("RT1h", 5L),
                Map.entry("RT2a", 3L),
                Map.entry("RT2b", 6L),
                Map.entry("RT2c", 2L),
                Map.entry("RT2d", 2L),
                Map.entry("RT3a", 4L),
                Map.entry("RT3b", 3L),
                Map.entry("RT3c", 5L),
                Map.entry("RT3d", 2L)));
    CodeListFile.Row afford =
        gfmdRows.stream()
            .filter(row -> row.required("record_id").equals("CSD2016-3.2-1"))
            .findFirst()
            .orElseThrow();
    assertThat(tokens(afford, "countries")).containsExactly("NGA", "RWA", "SLE", "ZWE");
    assertThat(afford.required("partners")).isEqualTo("AFFORD");
  }

  @Test
  void everyTagIsSupportedByOneOfItsTriggerTermsInTheText() {
    TagTriggers triggers = TagTriggers.load();
    for (CodeListFile.Row row : rcpRows) {
      String text = row.optional("text").orElse("");
      triggers.requireSupport(row, "gfmd", tokens(row, "gfmd_roundtables"), text);
      triggers.requireSupport(row, "gcm", tokens(row, "gcm_objectives"), text);
      triggers.requireSupport(row, "sdg", tokens(row, "sdg_targets"), text);
      assertThat(tokens(row, "gfmd_roundtables"))
          .as("line %d: a roundtable is not tagged beside one of its sub-themes", row.line())
          .noneMatch(
              tag ->
                  tag.length() == 3
                      && tokens(row, "gfmd_roundtables").stream()
                          .anyMatch(other -> other.length() == 4 && other.startsWith(tag)));
    }
    for (CodeListFile.Row row : gfmdRows) {
      String text =
          String.join(
              " ",
              row.required("title"),
              row.optional("description").orElse(""),
              row.optional("objective").orElse(""));
      triggers.requireSupport(row, "gcm", tokens(row, "gcm_objectives"), text);
      triggers.requireSupport(row, "sdg", tokens(row, "sdg_targets"), text);
      if (row.required("record_type").equals("practice")) {
        triggers.requireSupport(row, "gfmd", List.of(row.required("sub_theme")), text);
      }
    }
  }

  @Test
  void textsAreTakenVerbatimFromTheSeeds() throws IOException {
    Optional<Path> seeds = seedsFolder();
    assumeTrue(seeds.isPresent(), "shared/seeds is not beside the repository");
    String annex = normalised(Files.readString(seeds.get().resolve(RCP_SEED)));
    String matrix = normalised(Files.readString(seeds.get().resolve(MATRIX_SEED)));
    String practices = normalised(Files.readString(seeds.get().resolve(PRACTICE_SEED)));

    Set<String> joinedRcpRecords = new HashSet<>();
    for (CodeListFile.Row row : rcpRows) {
      Optional<String> text = row.optional("text");
      if (text.isPresent() && SeedPieces.of(text.get(), annex).size() > 1) {
        joinedRcpRecords.add(row.required("rcp") + " " + row.required("activity_column"));
        assertThat(row.optional("note")).isPresent();
      }
    }
    assertThat(joinedRcpRecords)
        .containsExactlyInAnyOrder(
            "RCM research",
            "RCM capacity_building",
            "RCM founding_documents",
            "RCM stakeholder_cooperation");

    Set<String> joinedGfmdRecords = new HashSet<>();
    for (CodeListFile.Row row : gfmdRows) {
      boolean practice = row.required("record_type").equals("practice");
      String seed = practice ? practices : matrix;
      // A practice's title opens its text in the report; the matrix lists GMG members by comma.
      List<String> fields =
          List.of(
              row.required("title"),
              row.optional("description").orElse(""),
              row.optional("objective").orElse(""),
              practice ? "" : row.required("partners").replace("; ", ", "));
      for (String field : fields) {
        if (!field.isBlank() && SeedPieces.of(field, seed).size() > 1) {
          joinedGfmdRecords.add(row.required("record_id"));
          assertThat(row.required("note")).contains("continue");
        }
      }
    }
    assertThat(joinedGfmdRecords)
        .containsExactlyInAnyOrder(
            "RT1a-3", "RT1b-1", "RT1b-2", "RT1d-3", "RT1e-3", "RT1h-1", "RT2b-1", "RT2c-1");
  }

  private void assertTagsAreKnown(CodeListFile.Row row) {
    GcmObjectives objectives = GcmObjectives.load();
    SdgFramework sdg = SdgFramework.load();
    assertThat(tokens(row, "gcm_objectives"))
        .allMatch(number -> objectives.contains(Integer.parseInt(number)));
    assertThat(tokens(row, "sdg_targets")).allMatch(code -> sdg.target(code).isPresent());
  }

  private CodeListFile.Row rcpRow(String rcp, String column, int sequence) {
    return rcpRows.stream()
        .filter(
            row ->
                row.required("rcp").equals(rcp)
                    && row.required("activity_column").equals(column)
                    && row.required("sequence").equals(Integer.toString(sequence)))
        .findFirst()
        .orElseThrow();
  }

  private static String rcpSource() {
    return "seed " + RCP_SEED.replace(".txt", "") + ", Annex B";
  }

  private static Map<String, Long> countBy(List<CodeListFile.Row> rows, String column) {
    return rows.stream().collect(groupingBy(row -> row.required(column), counting()));
  }

  static List<String> tokens(CodeListFile.Row row, String column) {
    return row.optional(column).map(value -> Arrays.asList(value.split(" "))).orElse(List.of());
  }

  private static Set<String> countryCodes() {
    return Areas.load().countries().stream().map(Area::iso3).collect(Collectors.toSet());
  }

  private static List<String> published(TableSpec bronze) {
    return bronze.columnNames().stream().filter(name -> !name.startsWith("_")).toList();
  }

  private static String firstLine(ActivityTranscription transcription) {
    String text = new String(transcription.bytes(), StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf('\n'));
  }

  private static List<CodeListFile.Row> read(ActivityTranscription transcription, TableSpec spec) {
    return CodeListFile.parse(
            transcription.fileName(),
            new InputStreamReader(
                new ByteArrayInputStream(transcription.bytes()), StandardCharsets.UTF_8),
            published(spec).toArray(String[]::new))
        .rows();
  }

  /** The seed text with markup removed and every run of white space made one space. */
  private static String normalised(String seed) {
    return seed.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }

  private static Optional<Path> seedsFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Cuts a text into the fewest runs of whole words that each occur in the seed, longest first; a
   * text with a word the seed does not have, or cut into a run shorter than three words, fails.
   */
  static final class SeedPieces {
    private SeedPieces() {}

    static List<String> of(String text, String seed) {
      List<String> pieces = new ArrayList<>();
      List<String> words = Arrays.asList(text.strip().split(" "));
      int start = 0;
      while (start < words.size()) {
        int low = start;
        int high = words.size();
        while (low < high) {
          int middle = (low + high + 1) / 2;
          if (seed.contains(String.join(" ", words.subList(start, middle)))) {
            low = middle;
          } else {
            high = middle - 1;
          }
        }
        assertThat(low).as("a word of \"%s\" the seed does not have", text).isGreaterThan(start);
        pieces.add(String.join(" ", words.subList(start, low)));
        start = low;
      }
      if (pieces.size() > 1) {
        assertThat(pieces)
            .as("runs of \"%s\"", text)
            .allMatch(piece -> piece.split(" ").length >= 3);
      }
      return pieces;
    }
  }

  /** The tagging rule of the transcriptions: a tag needs one of its trigger terms in the text. */
  static final class TagTriggers {
    private final Map<String, List<String>> terms;

    private TagTriggers(Map<String, List<String>> terms) {
      this.terms = terms;
    }

    static TagTriggers load() {
      CodeListFile file =
          CodeListFile.resource(
              TagTriggers.class, "activity_tag_triggers.csv", "vocabulary", "code", "triggers");
      Map<String, List<String>> terms = new HashMap<>();
      for (CodeListFile.Row row : file.rows()) {
        terms.put(
            row.required("vocabulary") + " " + row.required("code"),
            Arrays.stream(row.required("triggers").split(";")).map(String::strip).toList());
      }
      return new TagTriggers(terms);
    }

    void requireSupport(CodeListFile.Row row, String vocabulary, List<String> tags, String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String tag : tags) {
        List<String> candidates = terms.getOrDefault(vocabulary + " " + tag, List.of());
        assertThat(candidates)
            .as("line %d of %s: no trigger term of %s %s in the text", row.line(), vocabulary, tag)
            .anyMatch(
                term ->
                    Pattern.compile("(?<![a-z0-9])" + Pattern.quote(term.toLowerCase(Locale.ROOT)))
                        .matcher(lower)
                        .find());
      }
    }
  }

  @Test
  void seedPiecesFindAJoinAndRejectAWordTheSeedLacks() {
    String seed = "one two three four. five six seven eight";
    assertThat(SeedPieces.of("two three four. six seven eight", seed))
        .containsExactly("two three four.", "six seven eight");
    assertThatThrownBy(() -> SeedPieces.of("two three nine", seed))
        .isInstanceOf(AssertionError.class);
  }
}
