package org.corridor.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GcmObjectivesTest {
  private final GcmObjectives objectives = GcmObjectives.load();

  @Test
  void theCompactHasTwentyThreeObjectivesNumberedInOrder() {
    assertThat(objectives.all()).hasSize(23);
    assertThat(objectives.all().stream().map(GcmObjective::number))
        .containsExactly(
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
    assertThat(objectives.contains(0)).isFalse();
    assertThat(objectives.contains(24)).isFalse();
  }

  @Test
  void objectivesCarryTheFactsLabelAndTheCompactsTitle() {
    assertThat(objectives.objective(20))
        .contains(
            new GcmObjective(
                20,
                "remittances",
                "Promote faster, safer and cheaper transfer of remittances and foster financial"
                    + " inclusion of migrants"));
    assertThat(objectives.objective(1).orElseThrow().shortLabel()).isEqualTo("data");
    assertThat(objectives.objective(23).orElseThrow().shortLabel())
        .isEqualTo("international cooperation");
  }

  @Test
  void gapInTheNumberingIsRejected() {
    String csv =
        "number,short_label,title\n1,data,Collect data\n3,information,Provide information\n";

    assertThatThrownBy(() -> GcmObjectives.parse(new StringReader(csv)))
        .hasMessage(
            "code list gcm_objectives.csv is invalid: line 3: objective 3 is out of sequence;"
                + " expected 2; fix the file under src/main/resources");
  }
}
