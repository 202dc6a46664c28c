package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.api.testing.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.corridor.api.store.GoldRow;
import org.corridor.api.store.GoldTableFixture;
import org.corridor.api.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ArrowObservationApiTest {
  private static final String OBSERVATIONS = "/api/v1/indicators/17.3.2/observations";
  private static final String ARROW = "application/vnd.apache.arrow.stream";

  @TempDir static Path warehouse;

  @LocalServerPort int port;
  private ApiClient api;

  @DynamicPropertySource
  static void warehouse(DynamicPropertyRegistry registry) {
    registry.add("corridor.warehouse", warehouse::toString);
  }

  @BeforeAll
  static void writeGoldTable() {
    GoldTableFixture.in(warehouse)
        .create(
            List.of(
                GoldRow.of("17.3.2", "SLV", "2004", 18.67)
                    .with("numerator", 2.95e9)
                    .with("denominator", 1.58e10),
                GoldRow.of("17.3.2", "SLV", "2003", 16.05),
                GoldRow.of("17.3.2", "WLD", "2004", 0.53)
                    .with("area_kind", "AGGREGATE")
                    .with("aggregation_method", "RATIO_OF_SUMS")
                    .with("countries_with_data", 180)
                    .with("countries_in_group", 217)
                    .with("footnote", "Aggregate of 180 countries, \"ratio of sums\"")));
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void theArrowStreamHoldsTheSameObservationsAsTheJsonAnswer() throws IOException {
    JsonNode expected = json(api.get(OBSERVATIONS)).get("observations");
    HttpResponse<byte[]> response = api.getBytes(OBSERVATIONS, ARROW);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(ARROW);
    try (BufferAllocator allocator = new RootAllocator();
        ArrowStreamReader reader =
            new ArrowStreamReader(new ByteArrayInputStream(response.body()), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(reader.loadNextBatch()).isTrue();
      assertThat(root.getRowCount()).isEqualTo(3);
      assertThat(expected.size()).isEqualTo(3);
      List<String> jsonFields = new ArrayList<>(expected.get(0).propertyNames());
      assertThat(root.getSchema().getFields().stream().map(f -> f.getName()).toList())
          .isEqualTo(jsonFields);
      for (FieldVector vector : root.getFieldVectors()) {
        for (int row = 0; row < 3; row++) {
          JsonNode value = expected.get(row).get(vector.getName());
          Object arrow = vector.getObject(row);
          if (value.isNull()) {
            assertThat(arrow).as(vector.getName() + " row " + row).isNull();
          } else if (value.isNumber()) {
            assertThat(((Number) arrow).doubleValue())
                .as(vector.getName() + " row " + row)
                .isEqualTo(value.asDouble());
          } else {
            assertThat(arrow.toString())
                .as(vector.getName() + " row " + row)
                .isEqualTo(value.asString());
          }
        }
      }
      assertThat(reader.loadNextBatch()).isFalse();
    }
  }

  @Test
  void theSchemaIsTypedFromTheTableAndNamesIndicatorVersionAndPage() throws IOException {
    HttpResponse<byte[]> response = api.getBytes(OBSERVATIONS + "?format=arrow&area=WLD", "*/*");

    try (BufferAllocator allocator = new RootAllocator();
        ArrowStreamReader reader =
            new ArrowStreamReader(new ByteArrayInputStream(response.body()), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      reader.loadNextBatch();
      var schema = root.getSchema();
      assertThat(schema.getCustomMetadata())
          .containsEntry("indicator", "17.3.2")
          .containsEntry("tableVersion", "0")
          .containsEntry("page.totalElements", "1")
          .doesNotContainKey("vintage");
      assertThat(schema.findField("value").getType())
          .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      assertThat(schema.findField("countriesWithData").getType())
          .isEqualTo(new ArrowType.Int(32, true));
      assertThat(schema.findField("area").getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
      assertThat(root.getRowCount()).isEqualTo(1);
      assertThat(root.getVector("countriesWithData").getObject(0)).isEqualTo(180);
      assertThat(root.getVector("footnote").getObject(0).toString())
          .isEqualTo("Aggregate of 180 countries, \"ratio of sums\"");
    }
  }

  @Test
  void anUnknownFormatNamesArrowAmongTheAllowedOnes() {
    JsonNode problem = json(api.get(OBSERVATIONS + "?format=parquet"));

    assertThat(problem.get("parameter").asString()).isEqualTo("format");
    assertThat(problem.get("allowedValues").toString()).isEqualTo("[\"arrow\",\"csv\",\"json\"]");
  }
}
