package org.trastienda.customers;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/** A customer's licences and certificates, with their expiry state and scan. */
@Component
class Certificates {

	private final ScopedCustomers scoped;

	private final CustomerCertificateRepository certificates;

	private final CustomerAudit audit;

	private final ExpiryPolicy expiry;

	private final JdbcClient jdbc;

	private final FileStore files;

	Certificates(ScopedCustomers scoped, CustomerCertificateRepository certificates, CustomerAudit audit,
			ExpiryPolicy expiry, JdbcClient jdbc, FileStore files) {
		this.scoped = scoped;
		this.certificates = certificates;
		this.audit = audit;
		this.expiry = expiry;
		this.jdbc = jdbc;
		this.files = files;
	}

	List<CertificateView> list(CurrentUser user, Long customerId) {
		scoped.require(user, customerId);
		return certificates.findByCustomerIdOrderByExpiresOnAscIdAsc(customerId).stream()
			.map(certificate -> certificate.toView(expiry))
			.toList();
	}

	CertificateView get(CurrentUser user, Long customerId, Long certificateId) {
		scoped.require(user, customerId);
		return find(customerId, certificateId).toView(expiry);
	}

	CertificateView add(CurrentUser user, Long customerId, CertificateData input) {
		scoped.requireFullAccess(user, customerId);
		CertificateData data = checked(input);
		CustomerCertificate certificate = certificates.saveAndFlush(new CustomerCertificate(customerId, data));
		audit.record(CustomerAudit.CERTIFICATE, certificate.getId(), customerId, CustomerAudit.CREATED,
				certificate.label(), user, between(new CertificateData(null, null, null, null, null), data));
		return certificate.toView(expiry);
	}

	CertificateView update(CurrentUser user, Long customerId, Long certificateId, Long version,
			CertificateData input) {
		scoped.requireFullAccess(user, customerId);
		CustomerCertificate certificate = find(customerId, certificateId);
		Versions.requireCurrent(version, certificate.getVersion());
		CertificateData data = checked(input);
		Changes changes = between(certificate.toData(), data);
		if (!changes.isEmpty()) {
			if (!Objects.equals(certificate.getExpiresOn(), data.expiresOn())) {
				forgetWarnings(certificateId);
			}
			certificate.apply(data);
			certificates.flush();
			audit.record(CustomerAudit.CERTIFICATE, certificateId, customerId, CustomerAudit.UPDATED,
					certificate.label(), user, changes);
		}
		return certificate.toView(expiry);
	}

	void remove(CurrentUser user, Long customerId, Long certificateId) {
		scoped.requireFullAccess(user, customerId);
		CustomerCertificate certificate = find(customerId, certificateId);
		audit.record(CustomerAudit.CERTIFICATE, certificateId, customerId, CustomerAudit.DELETED, certificate.label(),
				user, between(certificate.toData(), new CertificateData(null, null, null, null, null)));
		certificates.delete(certificate);
	}

	/** Stores a scan of the certificate, replacing any earlier one. */
	CertificateView attachScan(CurrentUser user, Long customerId, Long certificateId, String filename, long size,
			InputStream content) {
		scoped.requireFullAccess(user, customerId);
		CustomerCertificate certificate = find(customerId, certificateId);
		String before = certificate.getScanFileId() == null ? null : files.get(certificate.getScanFileId()).filename();
		StoredFile scan = files.store(filename, size, content);
		certificate.attachScan(scan.id());
		certificates.flush();
		audit.record(CustomerAudit.CERTIFICATE, certificateId, customerId, CustomerAudit.UPDATED, certificate.label(),
				user, new Changes().field("scan", before, scan.filename()));
		return certificate.toView(expiry);
	}

	/** The certificate's scan, when the user may see the customer. */
	OpenedFile openScan(CurrentUser user, Long customerId, Long certificateId) {
		scoped.require(user, customerId);
		Long fileId = find(customerId, certificateId).getScanFileId();
		if (fileId == null) {
			throw new NotFoundException("scan", certificateId);
		}
		return files.open(fileId);
	}

	private CustomerCertificate find(Long customerId, Long certificateId) {
		return certificates.findByIdAndCustomerId(certificateId, customerId)
			.orElseThrow(() -> new NotFoundException("certificate", certificateId));
	}

	/** A new expiry date deserves new warnings. */
	private void forgetWarnings(Long certificateId) {
		jdbc.sql("DELETE FROM certificate_expiry_notice WHERE certificate_id = ?").param(certificateId).update();
	}

	private static CertificateData checked(CertificateData input) {
		CertificateData data = new CertificateData(CustomerInput.trim(input.type()), CustomerInput.trim(input.number()),
				CustomerInput.trim(input.issuer()), input.issuedOn(), input.expiresOn());
		new FieldChecks().text("type", data.type(), 120, true)
			.text("number", data.number(), 80, false)
			.text("issuer", data.issuer(), 160, false)
			.notBefore("expiresOn", data.expiresOn(), "issuedOn", data.issuedOn())
			.throwIfAny();
		return data;
	}

	private static Changes between(CertificateData old, CertificateData now) {
		return new Changes().field("type", old.type(), now.type())
			.field("number", old.number(), now.number())
			.field("issuer", old.issuer(), now.issuer())
			.field("issuedOn", old.issuedOn(), now.issuedOn())
			.field("expiresOn", old.expiresOn(), now.expiresOn());
	}
}
