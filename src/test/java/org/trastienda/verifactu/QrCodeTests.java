package org.trastienda.verifactu;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trastienda.IntegrationTest;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The invoice's QR code: the AEAT validation URL on the configured host, readable, error correction M. */
@IntegrationTest
class QrCodeTests {

	@Autowired
	VerifactuChain chain;

	@Test
	void buildsTheValidationUrlWithEncodedParametersOnTheConfiguredHost() {
		String url = chain.qrUrl("89890001K", "12345678&G 33", LocalDate.of(2024, 9, 1), new BigDecimal("241.4"));

		assertThat(url).isEqualTo("https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K"
				+ "&numserie=12345678%26G%2033&fecha=01-09-2024&importe=241.40");
	}

	@Test
	void theProductionHostIsTheDefault() {
		assertThat(new VerifactuProperties(null, " ").qrHost()).isEqualTo("www2.agenciatributaria.gob.es");
	}

	@Test
	void rendersAPngQrCodeThatReadsBackAsTheUrlWithErrorCorrectionM() throws Exception {
		String url = chain.qrUrl("89890001K", "F2026-00001", LocalDate.of(2026, 3, 2), new BigDecimal("121.00"));

		String dataUri = chain.qrPngDataUri(url);

		assertThat(dataUri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
		assertThat(read.getText()).isEqualTo(url);
		assertThat(read.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
	}
}
