package org.trastienda.identity.web;

import java.util.EnumSet;
import java.util.Set;

import org.trastienda.identity.AccountData;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserSummary;

/** The user form; field names are the API's, so the service's errors land beside the inputs. */
public class UserForm {

	private String username;

	private String password;

	private String fullName;

	private String email;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String regionCode;

	private boolean enabled = true;

	private String language = "es";

	private Long version;

	static UserForm of(UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.fullName = user.fullName();
		form.email = user.email();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.regionCode = user.regionCode();
		form.enabled = user.enabled();
		form.language = user.language();
		form.version = user.version();
		return form;
	}

	AccountData toData() {
		return new AccountData(fullName, email, roles, regionCode, enabled, language);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
