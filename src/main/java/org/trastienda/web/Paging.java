package org.trastienda.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * The parameters every list shares, {@code page}, {@code size} and {@code sort=field,dir}, checked
 * and turned into a page request. Only the listed fields sort, so a client can neither order by
 * a column it must not see nor turn a typo into a server error.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * A checked page request.
	 *
	 * @param pageable the page, sorted by entity properties, for the repository
	 * @param sort the sort as the client named it, for {@link ListQuery}
	 */
	public record Request(Pageable pageable, Sort sort) {
	}

	private Paging() {
	}

	/**
	 * @param sortable the fields clients may sort by, each mapped to the entity property it orders
	 * @param defaultField the field a list is sorted by when the client names none (ascending)
	 * @throws InvalidInputException naming {@code page}, {@code size} or {@code sort}
	 */
	public static Request of(Integer page, Integer size, String sort, Map<String, String> sortable,
			String defaultField) {
		int number = page == null ? 0 : page;
		int length = size == null ? DEFAULT_SIZE : size;
		List<FieldError> errors = new ArrayList<>();
		if (number < 0) {
			errors.add(new FieldError("page", "error.paging.page"));
		}
		if (length < 1 || length > MAX_SIZE) {
			errors.add(new FieldError("size", "error.paging.size", 1, MAX_SIZE));
		}
		Sort.Order order = order(sort == null || sort.isBlank() ? defaultField : sort, sortable, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Sort byProperty = Sort.by(new Sort.Order(order.getDirection(), sortable.get(order.getProperty())));
		return new Request(PageRequest.of(number, length, byProperty), Sort.by(order));
	}

	private static Sort.Order order(String sort, Map<String, String> sortable, List<FieldError> errors) {
		String[] parts = sort.split(",", -1);
		String field = parts[0].trim();
		String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
		if (!sortable.containsKey(field) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			errors.add(new FieldError("sort", "error.paging.sort", String.join(", ", new TreeSet<>(sortable.keySet()))));
			return null;
		}
		return new Sort.Order(direction.equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC, field);
	}
}
