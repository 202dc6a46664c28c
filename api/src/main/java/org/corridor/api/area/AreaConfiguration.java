package org.corridor.api.area;

import org.corridor.warehouse.area.Areas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The countries and aggregates shipped with the warehouse module, loaded and validated once. */
@Configuration(proxyBeanMethods = false)
class AreaConfiguration {

  @Bean
  Areas areas() {
    return Areas.load();
  }
}
