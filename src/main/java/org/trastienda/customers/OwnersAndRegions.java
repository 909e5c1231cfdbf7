package org.trastienda.customers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;

/**
 * Users and regions looked up once per operation, by name and by id: an import of thousands of
 * rows asks the directory once per distinct owner, not once per row.
 */
final class OwnersAndRegions {

	private final UserDirectory directory;

	private final Map<String, Optional<UserSummary>> usersByName = new HashMap<>();

	private final Map<Long, Optional<UserSummary>> usersById = new HashMap<>();

	private Map<String, RegionView> regionsByCode;

	private Map<Long, RegionView> regionsById;

	OwnersAndRegions(UserDirectory directory) {
		this.directory = directory;
	}

	Optional<UserSummary> user(String username) {
		Optional<UserSummary> known = usersByName.get(username);
		if (known == null) {
			known = directory.findByUsername(username);
			usersByName.put(username, known);
			known.ifPresent(user -> usersById.put(user.id(), Optional.of(user)));
		}
		return known;
	}

	Optional<UserSummary> user(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<UserSummary> known = usersById.get(id);
		if (known == null) {
			known = directory.findById(id);
			usersById.put(id, known);
			known.ifPresent(user -> usersByName.put(user.username(), Optional.of(user)));
		}
		return known;
	}

	String username(Long id) {
		return user(id).map(UserSummary::username).orElse(null);
	}

	Optional<RegionView> region(String code) {
		loadRegions();
		return Optional.ofNullable(regionsByCode.get(code));
	}

	String regionCode(Long id) {
		loadRegions();
		RegionView region = id == null ? null : regionsById.get(id);
		return region == null ? null : region.code();
	}

	private void loadRegions() {
		if (regionsByCode == null) {
			var regions = directory.regions();
			regionsByCode = regions.stream().collect(Collectors.toMap(RegionView::code, Function.identity()));
			regionsById = regions.stream().collect(Collectors.toMap(RegionView::id, Function.identity()));
		}
	}
}
