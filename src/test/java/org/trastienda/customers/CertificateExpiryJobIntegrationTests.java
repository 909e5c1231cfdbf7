package org.trastienda.customers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;
import org.trastienda.TestSmtp;
import org.trastienda.identity.Role;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;
import org.trastienda.outbox.OutboxDeliveryJob;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CertificateExpiryJobIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SERVER);

	@Autowired
	CertificateExpiryJob job;

	@Autowired
	OutboxDeliveryJob delivery;

	@Autowired
	CustomerArchive archive;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	CertificateProperties properties;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void bindsTheScheduleAndThresholdFromTheProperties() {
		assertThat(properties.expiryDays()).isEqualTo(30);
		assertThat(properties.expiryCron()).isEqualTo("0 0 7 * * *");
		assertThat(properties.expiryZone()).isEqualTo(ZoneId.of("Europe/Madrid"));
	}

	@Test
	void mailsTheOwnerAndTheBackOfficeOncePerCertificate() throws Exception {
		UserSummary rep = accounts.user("rep", null, Role.SALES_REP);
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		signIn.as(rep);
		CustomerView customer = archive.create(CustomerArchiveIntegrationTests.data(TestTaxIds.nextDni(),
				"Caducidades " + rep.username() + " S.L.", null));
		LocalDate today = LocalDate.now(properties.expiryZone());
		archive.addCertificate(customer.id(),
				new CertificateData("Registro sanitario", "RS-77", "AESAN", today.minusYears(2), today.plusDays(12)));
		archive.addCertificate(customer.id(),
				new CertificateData("ISO 9001", null, null, null, today.plusDays(200)));
		archive.addCertificate(customer.id(),
				new CertificateData("Licencia caducada", null, null, null, today.minusDays(3)));
		signIn.out();

		assertThat(job.runNow()).isGreaterThanOrEqualTo(1);
		delivery.deliverNow();

		List<MimeMessage> toRep = receivedBy(rep.email());
		assertThat(toRep).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).startsWith("Certificado a punto de caducar: Registro sanitario de Caducidades");
			assertThat(GreenMailUtil.getBody(message)).contains("RS-77").contains("dentro de 12 d");
		});
		assertThat(receivedBy(clerk.email())).singleElement()
			.satisfies(message -> assertThat(message.getSubject()).contains(customer.code()));

		job.runNow();
		delivery.deliverNow();
		assertThat(receivedBy(rep.email())).hasSize(1);
		assertThat(receivedBy(clerk.email())).hasSize(1);
	}

	@Test
	void warnsAgainWhenARenewedCertificateApproachesItsNewDate() throws Exception {
		UserSummary clerk = accounts.user("clerk", null, Role.BACK_OFFICE);
		signIn.as(clerk);
		CustomerView customer = archive.create(CustomerArchiveIntegrationTests.data(TestTaxIds.nextDni(),
				"Renovada " + clerk.username() + " S.L.", null));
		LocalDate today = LocalDate.now(properties.expiryZone());
		CertificateView certificate = archive.addCertificate(customer.id(),
				new CertificateData("Licencia", null, null, null, today.plusDays(5)));
		signIn.out();
		job.runNow();

		signIn.as(clerk);
		archive.updateCertificate(customer.id(), certificate.id(), certificate.version(),
				new CertificateData("Licencia", null, null, null, today.plusDays(25)));
		signIn.out();
		job.runNow();
		delivery.deliverNow();

		assertThat(receivedBy(clerk.email())).hasSize(2);
	}

	private static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
