package org.trastienda.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links a list page needs (sort by a column, go to a page, export) built from the current
 * request, so filters survive every click.
 */
public final class ListQuery {

	private final String path;

	private final Map<String, String[]> parameters;

	private final Sort sort;

	private ListQuery(String path, Map<String, String[]> parameters, Sort sort) {
		this.path = path;
		this.parameters = parameters;
		this.sort = sort;
	}

	public static ListQuery of(HttpServletRequest request, Sort sort) {
		return new ListQuery(request.getRequestURI(), request.getParameterMap(), sort);
	}

	/** The same list on another page. */
	public String page(int number) {
		return build(path, List.of(), Map.of("page", String.valueOf(number)));
	}

	/** The same list sorted by the column, toggling direction when it is already the sort. */
	public String sortBy(String property) {
		Sort.Order current = sort.getOrderFor(property);
		String direction = current != null && current.isAscending() ? "desc" : "asc";
		return build(path, List.of("page"), Map.of("sort", property + "," + direction));
	}

	/** {@code ascending}, {@code descending} or {@code none}, for {@code aria-sort}. */
	public String ariaSort(String property) {
		Sort.Order current = sort.getOrderFor(property);
		return current == null ? "none" : current.isAscending() ? "ascending" : "descending";
	}

	/** The filtered list at another address (an export), without paging and sorting noise. */
	public String at(String otherPath, String name, String value) {
		return build(otherPath, List.of("page", "size"), Map.of(name, value));
	}

	private String build(String target, List<String> drop, Map<String, String> replace) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(target);
		parameters.forEach((name, values) -> {
			if (!drop.contains(name) && !replace.containsKey(name) && !name.equals("_csrf")) {
				uri.queryParam(name, (Object[]) values);
			}
		});
		replace.forEach(uri::queryParam);
		return uri.encode().build().toUriString();
	}
}
