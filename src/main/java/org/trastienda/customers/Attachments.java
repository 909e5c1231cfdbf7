package org.trastienda.customers;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.NotFoundException;

/** Documents filed on customers; the bytes live in the file store, checked by content there. */
@Component
class Attachments {

	private final ScopedCustomers scoped;

	private final CustomerAttachmentRepository attachments;

	private final FileStore files;

	private final CustomerAudit audit;

	private final Clock clock;

	Attachments(ScopedCustomers scoped, CustomerAttachmentRepository attachments, FileStore files,
			CustomerAudit audit, Clock clock) {
		this.scoped = scoped;
		this.attachments = attachments;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	List<AttachmentView> list(CurrentUser user, Long customerId) {
		scoped.require(user, customerId);
		return attachments.findByCustomerIdOrderByUploadedAtDescIdDesc(customerId).stream().map(this::view).toList();
	}

	AttachmentView add(CurrentUser user, Long customerId, String filename, long size, InputStream content) {
		scoped.requireFullAccess(user, customerId);
		StoredFile file = files.store(filename, size, content);
		CustomerAttachment attachment = attachments
			.saveAndFlush(new CustomerAttachment(customerId, file.id(), user.username(), clock.instant()));
		audit.record(CustomerAudit.ATTACHMENT, attachment.getId(), customerId, CustomerAudit.CREATED, file.filename(),
				user, new Changes().created("filename", file.filename())
					.created("contentType", file.contentType())
					.created("size", file.size()));
		return view(attachment, file);
	}

	AttachmentView get(CurrentUser user, Long attachmentId) {
		return view(require(user, attachmentId));
	}

	OpenedFile open(CurrentUser user, Long attachmentId) {
		return files.open(require(user, attachmentId).getFileId());
	}

	/** Removes an attachment from its customer (back office and admin); the history keeps its name. */
	void remove(CurrentUser user, Long attachmentId) {
		CustomerAttachment attachment = require(user, attachmentId);
		WritePolicy.require(WritePolicy.mayDeleteAttachments(user));
		StoredFile file = files.get(attachment.getFileId());
		audit.record(CustomerAudit.ATTACHMENT, attachmentId, attachment.getCustomerId(), CustomerAudit.DELETED,
				file.filename(), user, new Changes().field("filename", file.filename(), null));
		attachments.delete(attachment);
	}

	/** The attachment, if its customer is in the user's scope. */
	private CustomerAttachment require(CurrentUser user, Long attachmentId) {
		CustomerAttachment attachment = attachments.findById(attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		scoped.require(user, attachment.getCustomerId());
		return attachment;
	}

	private AttachmentView view(CustomerAttachment attachment) {
		return view(attachment, files.get(attachment.getFileId()));
	}

	private static AttachmentView view(CustomerAttachment attachment, StoredFile file) {
		return new AttachmentView(attachment.getId(), attachment.getCustomerId(), file.filename(), file.contentType(),
				file.size(), attachment.getUploadedBy(), attachment.getUploadedAt());
	}
}
