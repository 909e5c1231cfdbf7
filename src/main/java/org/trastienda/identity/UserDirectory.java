package org.trastienda.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.shared.NotFoundException;

/** Who is signed in, and look-ups of users and regions for other modules. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final AppUserRepository users;

	private final RegionRepository regions;

	private final Clock clock;

	UserDirectory(AppUserRepository users, RegionRepository regions, Clock clock) {
		this.users = users;
		this.regions = regions;
		this.clock = clock;
	}

	/** The signed-in user, if any. */
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			return Optional.of(signedIn.user());
		}
		return Optional.empty();
	}

	/** The signed-in user; fails when called outside an authenticated request. */
	public CurrentUser requireCurrent() {
		return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

	public Optional<UserSummary> findByUsername(String username) {
		return users.findByUsername(username).map(this::summary);
	}

	/** The user; a {@link NotFoundException} (404) when there is none. */
	public UserSummary requireByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
	}

	/** A page of the users the filter selects. */
	public Page<UserSummary> find(UserFilter filter, Pageable pageable) {
		return users.findAll(UserQueries.matching(filter, clock.instant()), pageable).map(this::summary);
	}

	public Optional<UserSummary> findById(Long id) {
		return users.findById(id).map(this::summary);
	}

	public List<UserSummary> findAllById(Collection<Long> ids) {
		return users.findAllById(ids).stream().map(this::summary).toList();
	}

	/** Enabled users holding the role, optionally only those of one region. */
	public List<UserSummary> withRole(Role role, Long regionId) {
		return users.findAll(UserQueries.withRole(role).and(UserQueries.enabledIn(regionId))).stream()
				.map(this::summary)
				.toList();
	}

	public List<RegionView> regions() {
		return regions.findAllByOrderByCodeAsc().stream().map(Region::toView).toList();
	}

	public Page<RegionView> regions(Pageable pageable) {
		return regions.findAll(pageable).map(Region::toView);
	}

	/** The region; a {@link NotFoundException} (404) when there is none. */
	public RegionView requireRegion(String code) {
		return findRegionByCode(code).orElseThrow(() -> new NotFoundException("region", code));
	}

	public Optional<RegionView> findRegionByCode(String code) {
		return regions.findByCode(code).map(Region::toView);
	}

	public Optional<RegionView> findRegionById(Long id) {
		return regions.findById(id).map(Region::toView);
	}

	UserSummary summary(AppUser user) {
		Region region = user.getRegion();
		return new UserSummary(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(),
				region == null ? null : region.getId(), region == null ? null : region.getCode(),
				Set.copyOf(user.getRoles()), user.isEnabled(), user.isLockedAt(clock.instant()), user.getLanguage(),
				user.getVersion());
	}
}
