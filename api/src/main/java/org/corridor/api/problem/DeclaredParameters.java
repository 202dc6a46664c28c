package org.corridor.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects query parameters an endpoint does not declare: a misspelt filter ({@code ?aera=SLV})
 * would otherwise be ignored silently and answer with every area.
 */
class DeclaredParameters implements HandlerInterceptor {
  private final Map<Method, List<String>> declaredByMethod = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    List<String> declared = declaredByMethod.computeIfAbsent(method.getMethod(), m -> of(method));
    for (String name : request.getParameterMap().keySet()) {
      if (!declared.contains(name)) {
        throw ApiErrors.unknownParameter(name, declared);
      }
    }
    return true;
  }

  private static List<String> of(HandlerMethod method) {
    List<String> names = new ArrayList<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
      if (annotation != null) {
        names.add(annotation.name().isEmpty() ? annotation.value() : annotation.name());
      }
    }
    return List.copyOf(names);
  }
}
