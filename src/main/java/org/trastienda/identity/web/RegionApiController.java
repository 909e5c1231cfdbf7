package org.trastienda.identity.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.web.Paging;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Sales regions: any user reads them, administrators write them")
class RegionApiController {

	private final Accounts accounts;

	private final UserDirectory directory;

	RegionApiController(Accounts accounts, UserDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "List regions", description = "Sort by code or name.")
	PagedModel<RegionResource> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(example = "name,asc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, SortableFields.REGIONS, "code");
		return new PagedModel<>(directory.regions(paging.pageable()).map(RegionResource::of));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a region", description = "409 when the code is taken.")
	ResponseEntity<RegionResource> create(@RequestBody RegionResource region) {
		RegionView created = accounts.createRegion(region.code(), region.name());
		return ResponseEntity.created(URI.create("/api/v1/regions/" + created.code()))
			.body(RegionResource.of(created));
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One region")
	RegionResource get(@PathVariable String code) {
		return RegionResource.of(directory.requireRegion(code));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename a region", description = "The code never changes. Send the version you read: "
			+ "409 when it is stale.")
	RegionResource rename(@PathVariable String code, @RequestBody RegionResource region) {
		return RegionResource.of(accounts.renameRegion(code, region.name(), region.version()));
	}
}
