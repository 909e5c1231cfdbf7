package org.trastienda.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Version
	private long version;

	protected Region() {
	}

	Region(String code, String name) {
		this.code = code;
		this.name = name;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	long getVersion() {
		return version;
	}

	void rename(String name) {
		this.name = name;
	}

	RegionView toView() {
		return new RegionView(id, code, name, version);
	}
}
