package org.trastienda.identity.web;

import org.trastienda.identity.RegionView;

/** The region form. */
public class RegionForm {

	private String code;

	private String name;

	private Long version;

	static RegionForm of(RegionView region) {
		RegionForm form = new RegionForm();
		form.code = region.code();
		form.name = region.name();
		form.version = region.version();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
