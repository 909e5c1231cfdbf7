package org.trastienda.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.trastienda.IntegrationTest;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.PayloadTooLargeException;
import org.trastienda.shared.TrastiendaProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class FileStoreIntegrationTests {

	private static final int MEGABYTE = 1024 * 1024;

	@Autowired
	FileStore files;

	@Autowired
	MessageSource messages;

	@Autowired
	TrastiendaProperties properties;

	@Test
	void acceptsAPdfNamedExeAsAPdfAndGivesItTheRightExtension() {
		StoredFile stored = store("informe.exe", pdf());

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.filename()).isEqualTo("informe.exe.pdf");
		assertThat(stored.createdBy()).isEqualTo("system");
	}

	@Test
	void refusesAnExecutableNamedPdfNamingWhatItReallyIs() {
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0 };
		byte[] windows = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

		assertRefused("factura.pdf", elf, "application/x-executable");
		assertRefused("factura.pdf", windows, "application/x-msdownload");
	}

	@Test
	void explainsTheRefusalInTheUsersLanguage() {
		InvalidInputException refusal = refusal("pagina.pdf", "<html><body>hola</body></html>".getBytes());
		FieldError error = refusal.errors().get(0);

		assertThat(messages.getMessage(error.messageKey(), error.arguments().toArray(), Locale.forLanguageTag("es")))
			.startsWith("No se admite este tipo de archivo (text/html)");
		assertThat(messages.getMessage(error.messageKey(), error.arguments().toArray(), Locale.ENGLISH))
			.startsWith("This type of file is not accepted (text/html)");
	}

	@Test
	void storesIdenticalContentOnceUnderItsHash() throws IOException {
		byte[] content = ("nota única " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

		StoredFile first = store("nota.txt", content);
		StoredFile second = store("copia.txt", content);

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256()).hasSize(64);
		Path folder = properties.dataDir().resolve("files").resolve(first.sha256().substring(0, 2));
		try (var blobs = Files.list(folder)) {
			assertThat(blobs.filter(blob -> blob.getFileName().toString().equals(first.sha256()))).hasSize(1);
		}
		assertThat(folder.resolve(first.sha256())).hasBinaryContent(content);
	}

	@Test
	void sanitisesAPathInTheNameAndStoresInsideTheDataDir() throws IOException {
		StoredFile stored = store("../../etc/passwd", ("root:x:0:0:root:/root " + UUID.randomUUID()).getBytes());

		assertThat(stored.filename()).isEqualTo("passwd.txt");
		assertThat(stored.contentType()).isEqualTo("text/plain");
		Resource content = files.open(stored.id()).content();
		assertThat(content.getFile().toPath().toAbsolutePath().normalize())
			.startsWith(properties.dataDir().toAbsolutePath().normalize());
	}

	@Test
	void recognisesOfficeDocumentsByTheirContentAlone() throws IOException {
		assertThat(store("a.bin", docx()).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(store("b.bin", xlsx(XSSFWorkbookType.XLSX)).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(store("c.bin", pptx()).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertThat(store("d.bin", xls()).contentType()).isEqualTo("application/vnd.ms-excel");
		assertThat(store("e.bin", ole2WithStream("WordDocument")).contentType()).isEqualTo("application/msword");
		assertThat(store("f.bin", ole2WithStream("PowerPoint Document")).contentType())
			.isEqualTo("application/vnd.ms-powerpoint");
		assertThat(store("g.bin", odf("application/vnd.oasis.opendocument.spreadsheet")).contentType())
			.isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(store("h.bin", odf("application/vnd.oasis.opendocument.text")).filename()).isEqualTo("h.bin.odt");
	}

	@Test
	void refusesContainersThatHoldAnythingElse() throws IOException {
		assertRefused("datos.xlsx", zipWith("leeme.txt"), "application/zip");
		assertRefused("macros.xlsx", xlsx(XSSFWorkbookType.XLSM), "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
		assertRefused("instalador.doc", ole2WithStream("SummaryInformation"), "application/x-tika-msoffice");
		assertRefused("libro.odt", odf("application/epub+zip"), "application/epub+zip");
	}

	@Test
	void recognisesImages() throws IOException {
		assertThat(store("foto", image("png")).contentType()).isEqualTo("image/png");
		assertThat(store("foto.jpg", image("jpeg")).contentType()).isEqualTo("image/jpeg");
		assertThat(store("foto.gif", image("gif")).contentType()).isEqualTo("image/gif");
		byte[] webp = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0, 0, 0, 0 };
		assertThat(store("foto.webp", webp).contentType()).isEqualTo("image/webp");
		assertRefused("dibujo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(), "image/svg+xml");
	}

	@Test
	void tellsCsvFromPlainText() {
		StoredFile csv = store("export", "nombre;ciudad\nAna;Ávila\nLuis;Soria\n".getBytes(StandardCharsets.UTF_8));
		StoredFile text = store("leeme.md", "Hola, esto es una nota.\nSin columnas.\n".getBytes(StandardCharsets.UTF_8));

		assertThat(csv.contentType()).isEqualTo("text/csv");
		assertThat(csv.filename()).isEqualTo("export.csv");
		assertThat(text.contentType()).isEqualTo("text/plain");
		assertThat(text.filename()).isEqualTo("leeme.md");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(refusal("vacio.pdf", new byte[0]).errors().get(0).messageKey()).isEqualTo("documents.file.empty");
	}

	@Test
	void refusesMoreThanTwentyMegabytesWhetherDeclaredOrActuallySent() {
		assertThatThrownBy(() -> files.store("grande.pdf", 20L * MEGABYTE + 1, InputStream.nullInputStream()))
			.isInstanceOf(PayloadTooLargeException.class);
		assertThatThrownBy(() -> files.store("miente.pdf", 100, endlessPdf()))
			.isInstanceOf(PayloadTooLargeException.class);
	}

	@Test
	void servesAStoredFileAsAnAttachmentNeverInline() throws IOException {
		byte[] content = pdf();
		StoredFile stored = store("Contrato Ñandú.pdf", content);

		ResponseEntity<Resource> download = Downloads.attachment(files.open(stored.id()));

		assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(download.getHeaders().getContentLength()).isEqualTo(content.length);
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"Contrato Nandu.pdf\"; filename*=UTF-8''Contrato%20%C3%91and%C3%BA.pdf");
		assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getBody().getContentAsByteArray()).isEqualTo(content);
	}

	@Test
	void answersNotFoundForAnUnknownFile() {
		assertThatThrownBy(() -> files.open(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	private StoredFile store(String name, byte[] content) {
		return files.store(name, content.length, new ByteArrayInputStream(content));
	}

	private InvalidInputException refusal(String name, byte[] content) {
		try {
			store(name, content);
		}
		catch (InvalidInputException refused) {
			return refused;
		}
		throw new AssertionError(name + " was accepted");
	}

	private void assertRefused(String name, byte[] content, String detectedType) {
		FieldError error = refusal(name, content).errors().get(0);
		assertThat(error.field()).isEqualTo("file");
		assertThat(error.messageKey()).isEqualTo("documents.file.typeNotAllowed");
		assertThat(error.arguments()).containsExactly(detectedType);
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% " + UUID.randomUUID() + "\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** A PDF header followed by zeros for ever: only the store's own count can stop it. */
	private static InputStream endlessPdf() {
		byte[] header = pdf();
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				return position < header.length ? header[(int) position++] : 0;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (position < header.length) {
					buffer[offset] = header[(int) position++];
					return 1;
				}
				java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
				position += length;
				return length;
			}
		};
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Contrato");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xlsx(XSSFWorkbookType type) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(type); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("hoja").createRow(0).createCell(0).setCellValue("dato");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pptx() throws IOException {
		try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			slides.createSlide();
			slides.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] xls() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("hoja").createRow(0).createCell(0).setCellValue("dato");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] ole2WithStream(String name) throws IOException {
		try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ole.createDocument(new ByteArrayInputStream(new byte[64]), name);
			ole.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** An OpenDocument container: an uncompressed {@code mimetype} entry first, as the standard requires. */
	private static byte[] odf(String mediaType) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(type);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static byte[] zipWith(String entryName) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entryName));
			zip.write("hola".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static byte[] image(String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}
}
