package org.trastienda.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

	Optional<Product> findBySku(String sku);

	List<Product> findBySkuIn(Collection<String> skus);
}
