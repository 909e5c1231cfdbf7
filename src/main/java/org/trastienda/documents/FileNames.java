package org.trastienda.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns whatever name a browser or client sent into one that is safe to store and to offer back:
 * no path, no control or invisible formatting characters (a right-to-left override can disguise
 * {@code exe} as {@code pdf}), no characters reserved by file systems, no dot runs, at most
 * {@value #MAX_LENGTH} characters. Letters of any script are kept.
 */
final class FileNames {

	static final int MAX_LENGTH = 150;

	private static final String FALLBACK = "file";

	private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");

	private static final Pattern DOT_RUNS = Pattern.compile("\\.{2,}");

	private static final Pattern EDGE_DOTS_AND_SPACES = Pattern.compile("^[.\\s]+|[.\\s]+$");

	private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

	private FileNames() {
	}

	static String sanitise(String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder visible = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(c -> visible.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c));
		name = RESERVED.matcher(visible).replaceAll("");
		name = DOT_RUNS.matcher(name).replaceAll(".");
		name = EDGE_DOTS_AND_SPACES.matcher(name.replaceAll(" {2,}", " ")).replaceAll("");
		if (WINDOWS_DEVICE.matcher(name).matches()) {
			name = "_" + name;
		}
		return name.isEmpty() ? FALLBACK : truncated(name);
	}

	/** The name, with the type's extension appended unless it already ends with one of the type's. */
	static String forType(String sanitised, FileType type) {
		String extension = extension(sanitised);
		if (extension != null && type.allowsExtension(extension.toLowerCase(Locale.ROOT))) {
			return sanitised;
		}
		return truncated(sanitised + "." + type.extension());
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? null : name.substring(dot + 1);
	}

	/**
	 * Cuts the base name, not the extension, to fit {@value #MAX_LENGTH} UTF-16 characters (what
	 * the column holds on every database), never between the halves of a surrogate pair.
	 */
	private static String truncated(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = extension == null || extension.length() > 10 ? "" : "." + extension;
		int keep = MAX_LENGTH - suffix.length();
		if (Character.isHighSurrogate(name.charAt(keep - 1))) {
			keep--;
		}
		return name.substring(0, keep).strip() + suffix;
	}
}
