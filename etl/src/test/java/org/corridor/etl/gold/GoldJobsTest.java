package org.corridor.etl.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.warehouse.catalogue.Indicator;
import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.corridor.warehouse.table.TableSpec;
import org.junit.jupiter.api.Test;

/** The catalogue the API serves says what the gold jobs compute, and nothing else. */
class GoldJobsTest {
  private final Map<String, GoldIndicatorJob> jobByIndicator =
      GoldJobs.all().stream()
          .flatMap(job -> job.indicators().stream().map(code -> Map.entry(code, job)))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  private final Map<String, Indicator> catalogue =
      IndicatorCatalogue.load().all().stream()
          .collect(Collectors.toMap(Indicator::code, Function.identity()));

  @Test
  void everyIndicatorAJobWritesIsComputedInTheCatalogue() {
    long written = GoldJobs.all().stream().mapToLong(job -> job.indicators().size()).sum();
    assertThat(jobByIndicator).as("indicators written by two jobs").hasSize((int) written);
    jobByIndicator
        .keySet()
        .forEach(
            code -> {
              assertThat(catalogue).containsKey(code);
              assertThat(catalogue.get(code).computed()).as(code).isTrue();
            });
  }

  @Test
  void everyComputedIndicatorHasAJob() {
    List<String> computed =
        catalogue.values().stream().filter(Indicator::computed).map(Indicator::code).toList();
    assertThat(jobByIndicator.keySet()).containsExactlyInAnyOrderElementsOf(computed);
  }

  @Test
  void theCatalogueNamesOnlyTablesTheJobReads() {
    jobByIndicator.forEach(
        (code, job) ->
            assertThat(job.sources().stream().map(TableSpec::qualifiedName))
                .as(code)
                .containsAll(catalogue.get(code).sourceTables()));
  }
}
