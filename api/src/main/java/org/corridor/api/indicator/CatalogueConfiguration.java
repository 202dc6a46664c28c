package org.corridor.api.indicator;

import org.corridor.warehouse.catalogue.IndicatorCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicator catalogue shipped with the warehouse module, loaded and validated once. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  @Bean
  IndicatorCatalogue indicatorCatalogue() {
    return IndicatorCatalogue.load();
  }
}
