package org.trastienda.outbox;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers due messages every {@code trastienda.outbox.delivery-interval} (30 s), on one app
 * instance at a time (ShedLock).
 */
@Component
public class OutboxDeliveryJob {

	private final MailDelivery delivery;

	OutboxDeliveryJob(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${trastienda.outbox.delivery-interval:30s}",
			initialDelayString = "${trastienda.outbox.delivery-interval:30s}")
	@SchedulerLock(name = "outbox-delivery", lockAtMostFor = "PT15M")
	public void deliverOnSchedule() {
		deliverNow();
	}

	/** Delivers every due message now, without waiting for the schedule; returns how many were sent. */
	public int deliverNow() {
		return delivery.deliverDue();
	}
}
