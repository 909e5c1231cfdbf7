package org.trastienda;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page and endpoint of ours states who may use it: a missing rule fails the build. */
@IntegrationTest
class PermissionCoverageTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyControllerMethodCarriesAPreAuthorizeRule() {
		List<HandlerMethod> ours = context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
			.map(RequestMappingHandlerMapping::getHandlerMethods)
			.map(Map::values)
			.flatMap(java.util.Collection::stream)
			.filter(handler -> handler.getBeanType().getPackageName().startsWith("org.trastienda"))
			.toList();

		assertThat(ours).as("our handler methods").isNotEmpty();
		assertThat(ours).filteredOn(handler -> !ruled(handler))
			.extracting(handler -> handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName())
			.as("controller methods without @PreAuthorize")
			.isEmpty();
	}

	private static boolean ruled(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
	}
}
