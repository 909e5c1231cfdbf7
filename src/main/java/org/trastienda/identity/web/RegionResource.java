package org.trastienda.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.trastienda.identity.RegionView;

/** A sales region in the API. */
record RegionResource(@Schema(example = "NORTE", description = "1 to 20 characters: A-Z, 0-9, dash, underscore") String code,
		String name, @Schema(description = "the version read; required on update") Long version) {

	static RegionResource of(RegionView region) {
		return new RegionResource(region.code(), region.name(), region.version());
	}
}
