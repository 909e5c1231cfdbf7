package org.trastienda.identity;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

	/** The user with roles and region in one query: every authenticated API call runs it. */
	@EntityGraph(attributePaths = { "roles", "region" })
	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	/** The user, row-locked until the transaction ends, so concurrent failed logins all count. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.username = :username")
	Optional<AppUser> lockByUsername(String username);

	/** Forgets earlier failed logins; writes nothing (one indexed look-up) when there are none. */
	@Modifying
	@Query("""
			update AppUser u set u.failedLogins = 0, u.lockedUntil = null
			where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null)""")
	int clearFailedLogins(String username);
}
