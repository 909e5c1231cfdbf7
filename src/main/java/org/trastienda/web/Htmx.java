package org.trastienda.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.support.RequestContextUtils;

/** The htmx conventions controllers share: partial for htmx requests, full page otherwise. */
public final class Htmx {

	private Htmx() {
	}

	/** An htmx request for part of a page; restoring a page from history asks for the whole page. */
	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** The full page, or only the named fragment of it when htmx asks. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) ? page + " :: " + fragment : page;
	}

	/** Tells htmx to navigate to a URL after a successful post (a plain redirect for other clients). */
	public static String redirect(HttpServletRequest request, HttpServletResponse response, String url) {
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", request.getContextPath() + url);
			return "fragments/empty :: empty";
		}
		return "redirect:" + url;
	}

	/** As {@link #redirect}, and the next page shows the message in the layout's flash area. */
	public static String redirect(HttpServletRequest request, HttpServletResponse response, String url,
			String flashSuccess) {
		RequestContextUtils.getOutputFlashMap(request).put("flashSuccess", flashSuccess);
		if (isHtmx(request)) {
			// A plain redirect saves the flash map itself; htmx navigates on its own, so save it here.
			RequestContextUtils.saveOutputFlashMap(request.getContextPath() + url, request, response);
		}
		return redirect(request, response, url);
	}
}
