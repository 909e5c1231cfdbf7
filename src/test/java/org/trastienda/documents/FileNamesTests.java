package org.trastienda.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\Users\\ana\\Desktop\\factura.pdf")).isEqualTo("factura.pdf");
	}

	@Test
	void dropsControlCharactersInvisibleFormattingAndReservedCharacters() {
		assertThat(FileNames.sanitise("inf\u0000or\u0007me\n.pdf")).isEqualTo("informe.pdf");
		assertThat(FileNames.sanitise("factura\u202Efdp.exe")).isEqualTo("facturafdp.exe");
		assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.txt")).isEqualTo("abcdefgh.txt");
	}

	@Test
	void collapsesDotRunsAndTrimsLeadingAndTrailingDotsAndSpaces() {
		assertThat(FileNames.sanitise("..informe....final.. ")).isEqualTo("informe.final");
		assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
		assertThat(FileNames.sanitise("  muchos    espacios .pdf")).isEqualTo("muchos espacios .pdf");
	}

	@Test
	void keepsLettersOfAnyScript() {
		assertThat(FileNames.sanitise("Año fiscal — Ñandú 合同.pdf")).isEqualTo("Año fiscal — Ñandú 合同.pdf");
	}

	@Test
	void fallsBackToFileWhenNothingIsLeft() {
		assertThat(FileNames.sanitise("..")).isEqualTo("file");
		assertThat(FileNames.sanitise("/")).isEqualTo("file");
		assertThat(FileNames.sanitise(null)).isEqualTo("file");
		assertThat(FileNames.sanitise("\u0001\u0002")).isEqualTo("file");
	}

	@Test
	void defusesWindowsDeviceNames() {
		assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
		assertThat(FileNames.sanitise("lpt1")).isEqualTo("_lpt1");
	}

	@Test
	void cutsLongNamesToOneHundredFiftyCharactersKeepingTheExtension() {
		String name = FileNames.sanitise("x".repeat(300) + ".pdf");
		assertThat(name).hasSize(150).endsWith("x.pdf");
	}

	@Test
	void neverSplitsACharacterOutsideTheBasicPlane() {
		String name = FileNames.sanitise("a" + "😀".repeat(100) + ".txt");
		assertThat(name.length()).isLessThanOrEqualTo(150);
		assertThat(name).endsWith("😀.txt");
	}

	@Test
	void appendsTheDetectedTypesExtensionWhenTheNameClaimsAnother() {
		assertThat(FileNames.forType("informe.exe", FileType.PDF)).isEqualTo("informe.exe.pdf");
		assertThat(FileNames.forType("foto.JPEG", FileType.JPEG)).isEqualTo("foto.JPEG");
		assertThat(FileNames.forType("notas", FileType.TEXT)).isEqualTo("notas.txt");
		assertThat(FileNames.forType("pagina.html", FileType.TEXT)).isEqualTo("pagina.html.txt");
		assertThat(FileNames.forType("clientes.csv", FileType.TEXT)).isEqualTo("clientes.csv");
	}
}
