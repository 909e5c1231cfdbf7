package org.trastienda.shared;

/** Optimistic locking at the edge: a client edits the version it read, or nothing. */
public final class Versions {

	private Versions() {
	}

	/** Refuses with 409 when the client's version is missing or differs from the record's. */
	public static void requireCurrent(Long clientVersion, long currentVersion) {
		if (clientVersion == null || clientVersion != currentVersion) {
			throw ConflictException.staleVersion();
		}
	}
}
