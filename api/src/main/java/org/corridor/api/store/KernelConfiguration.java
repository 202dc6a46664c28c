package org.corridor.api.store;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import org.apache.hadoop.conf.Configuration;
import org.springframework.context.annotation.Bean;

/** The Delta kernel engine shared by every table reader. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class KernelConfiguration {

  @Bean
  Engine deltaEngine() {
    return DefaultEngine.create(new Configuration());
  }
}
