package org.trastienda.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page (Thymeleaf 3.1 no longer exposes the request itself). */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return currentPathOf(request);
	}

	static String currentPathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
