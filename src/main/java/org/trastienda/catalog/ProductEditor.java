package org.trastienda.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.Role;

/**
 * Writes checked products with their history, for single edits and imports alike. Only the back
 * office and administrators keep the catalogue.
 */
@Component
class ProductEditor {

	static final String AUDIT_TYPE = "Product";

	private final ProductRepository products;

	private final Clock clock;

	ProductEditor(ProductRepository products, Clock clock) {
		this.products = products;
		this.clock = clock;
	}

	static boolean mayWrite(CurrentUser user) {
		return user.hasAnyRole(Role.BACK_OFFICE, Role.ADMIN);
	}

	static void requireWrite(CurrentUser user) {
		if (!mayWrite(user)) {
			throw new AccessDeniedException("may not change the catalogue");
		}
	}

	/** Stores new products from complete, valid data, in one batch; adds their audit entries to the trail. */
	List<Product> createAll(List<ProductData> data, CurrentUser user, List<AuditRecord> trail) {
		List<Product> created = new ArrayList<>(data.size());
		for (ProductData product : data) {
			Product entity = new Product(clock.instant(), user.username());
			entity.apply(product);
			created.add(entity);
		}
		products.saveAll(created);
		for (int index = 0; index < created.size(); index++) {
			trail.add(entry(created.get(index), "CREATED", user, ProductField.created(data.get(index))));
		}
		return created;
	}

	/** Applies complete, valid data to a stored product and adds the field changes to the trail; nothing when nothing changed. */
	void update(Product product, ProductData before, ProductData after, CurrentUser user, List<AuditRecord> trail) {
		Changes changes = ProductField.between(before, after);
		if (changes.isEmpty()) {
			return;
		}
		product.apply(after);
		product.touch(clock.instant(), user.username());
		trail.add(entry(product, "UPDATED", user, changes));
	}

	private static AuditRecord entry(Product product, String action, CurrentUser user, Changes changes) {
		return new AuditRecord(AUDIT_TYPE, product.getId(), null, action, product.label(), user.username(),
				changes.list());
	}
}
