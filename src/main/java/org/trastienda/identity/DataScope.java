package org.trastienda.identity;

/**
 * Which records a user may see: all of them, those of one region, or those they own.
 * Queries apply it; a record outside the scope is treated as absent.
 */
public record DataScope(Kind kind, Long regionId, Long ownerId) {

	public enum Kind { ALL, REGION, OWNER }

	public static DataScope all() {
		return new DataScope(Kind.ALL, null, null);
	}

	public static DataScope region(Long regionId) {
		return new DataScope(Kind.REGION, regionId, null);
	}

	public static DataScope owner(Long userId) {
		return new DataScope(Kind.OWNER, null, userId);
	}

	/** Whether a record in the given region and owned by the given user is visible. */
	public boolean allows(Long recordRegionId, Long recordOwnerId) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> regionId != null && regionId.equals(recordRegionId);
			case OWNER -> ownerId != null && ownerId.equals(recordOwnerId);
		};
	}
}
