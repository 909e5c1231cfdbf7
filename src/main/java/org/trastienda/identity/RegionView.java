package org.trastienda.identity;

/** A sales region: code and name. */
public record RegionView(Long id, String code, String name, long version) {
}
