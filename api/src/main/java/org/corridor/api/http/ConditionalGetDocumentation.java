package org.corridor.api.http;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Documents what {@link ConditionalGet} adds to every read, once for all operations rather than on
 * each controller method: the If-None-Match request header, the 304 answer, and the ETag,
 * Cache-Control and table version headers of a 200.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGetDocumentation {
  private static final String EXAMPLE_TAG = "\"12-mJ0bX1b6TNqYkT3cTzQ5aA\"";

  @Bean
  OpenApiCustomizer conditionalGetOperations() {
    return openApi ->
        openApi
            .getPaths()
            .forEach(
                (path, item) -> {
                  if (item.getGet() != null
                      && (path.startsWith("/api/") || path.startsWith("/sdmx/"))) {
                    document(item.getGet());
                  }
                });
  }

  private static void document(Operation operation) {
    operation.addParametersItem(
        new HeaderParameter()
            .name(HttpHeaders.IF_NONE_MATCH)
            .description(
                "ETag of an answer held; 304 with no body when it is still current (weak"
                    + " comparison, * matches any)")
            .schema(new StringSchema())
            .example(EXAMPLE_TAG));
    ApiResponse ok = operation.getResponses().get("200");
    if (ok != null) {
      ok.addHeaderObject(
              HttpHeaders.ETAG,
              new Header()
                  .description(
                      "Hash of table version, path, Accept and the normalised query parameters")
                  .schema(new StringSchema().example(EXAMPLE_TAG)))
          .addHeaderObject(
              HttpHeaders.CACHE_CONTROL,
              new Header()
                  .description("public, max-age from corridor.cache.max-age")
                  .schema(new StringSchema().example("max-age=60, public")));
    }
    operation
        .getResponses()
        .addApiResponse(
            "304",
            new ApiResponse()
                .description("Not modified: If-None-Match names the current ETag; no body"));
  }
}
