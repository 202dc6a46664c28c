package org.corridor.api.indicator;

import org.corridor.warehouse.reference.GcmObjectives;
import org.corridor.warehouse.reference.GfmdAgenda;
import org.corridor.warehouse.reference.SdgFramework;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SDG, GCM and GFMD reference lists shipped with the warehouse module, loaded once. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

  @Bean
  SdgFramework sdgFramework() {
    return SdgFramework.load();
  }

  @Bean
  GcmObjectives gcmObjectives() {
    return GcmObjectives.load();
  }

  @Bean
  GfmdAgenda gfmdAgenda() {
    return GfmdAgenda.load();
  }
}
