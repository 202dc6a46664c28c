package org.corridor.etl.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WarehouseLocationTest {
  @Test
  void relativePathBecomesAnAbsoluteFileUriInHadoopsForm() {
    String expected = "file:" + Path.of("data/warehouse").toAbsolutePath();
    assertThat(Warehouse.normalise("data/warehouse")).isEqualTo(expected);
    assertThat(Warehouse.normalise("data/warehouse/")).isEqualTo(expected);
  }

  @Test
  void fileUriWithEmptyAuthorityIsTheSameLocationAsItsShortForm() {
    assertThat(Warehouse.normalise("file:///srv/corridor")).isEqualTo("file:/srv/corridor");
    assertThat(Warehouse.normalise("file:/srv/corridor")).isEqualTo("file:/srv/corridor");
  }

  @Test
  void objectStoreUrisAreKeptAsGiven() {
    assertThat(Warehouse.normalise("s3a://statistics/corridor/"))
        .isEqualTo("s3a://statistics/corridor");
    assertThat(Warehouse.normalise("abfss://c@account.dfs.core.windows.net/w"))
        .isEqualTo("abfss://c@account.dfs.core.windows.net/w");
  }
}
