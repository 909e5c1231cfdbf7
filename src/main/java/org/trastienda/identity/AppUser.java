package org.trastienda.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String email;

	private String passwordHash;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "region_id")
	private Region region;

	private String language = "es";

	private boolean enabled = true;

	// Login bookkeeping is not part of the record an administrator edits: it must not make their form stale.
	@OptimisticLock(excluded = true)
	private int failedLogins;

	@OptimisticLock(excluded = true)
	private Instant lockedUntil;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected AppUser() {
	}

	AppUser(String username, String fullName, String email, String passwordHash, Set<Role> roles, Region region) {
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.region = region;
		this.createdAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getFullName() {
		return fullName;
	}

	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Region getRegion() {
		return region;
	}

	String getLanguage() {
		return language;
	}

	boolean isEnabled() {
		return enabled;
	}

	int getFailedLogins() {
		return failedLogins;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Set<Role> getRoles() {
		return roles;
	}

	long getVersion() {
		return version;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Whether failed logins or a lock (even an expired one) are recorded, for a successful login to clear. */
	boolean hasLoginFailures() {
		return failedLogins > 0 || lockedUntil != null;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeLanguage(String language) {
		this.language = language;
	}

	void disable() {
		this.enabled = false;
	}

	void update(String fullName, String email, Set<Role> roles, Region region, boolean enabled) {
		this.fullName = fullName;
		this.email = email;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.region = region;
		this.enabled = enabled;
	}

	/**
	 * Counts a failed login; the threshold-th consecutive one locks the account until the given
	 * instant. Answers whether this failure locked it.
	 */
	boolean recordFailedLogin(int threshold, Instant lockUntil) {
		failedLogins++;
		if (failedLogins < threshold) {
			return false;
		}
		lockedUntil = lockUntil;
		failedLogins = 0;
		return true;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, fullName, region == null ? null : region.getId(),
				region == null ? null : region.getCode(), Set.copyOf(roles), language);
	}
}
