package org.corridor.api.activity;

import org.corridor.warehouse.reference.Rcps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RCP list shipped with the warehouse module, loaded once. */
@Configuration(proxyBeanMethods = false)
class ActivityConfiguration {

  @Bean
  Rcps rcps() {
    return Rcps.load();
  }
}
