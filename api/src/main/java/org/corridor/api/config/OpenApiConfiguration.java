package org.corridor.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and description of the OpenAPI document served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI corridorOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Corridor API")
                .version("v1")
                .description(
                    "Migration and development statistics from the Corridor warehouse: the"
                        + " indicator catalogue and indicator observations for countries and"
                        + " aggregates (SDG 10.7, 10.c, 17.3; GCM objectives; GFMD roundtables)."
                        + " Every data answer names the Delta version it was read from and the"
                        + " vintage (or latest); vintage=<name> or asOf=<instant> read an earlier"
                        + " version. Corridors are named as migrants move (MEX-USA: Mexicans in"
                        + " the United States); remittances flow the other way. Errors are"
                        + " RFC 9457 problems."));
  }
}
