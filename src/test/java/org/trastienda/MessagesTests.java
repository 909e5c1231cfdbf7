package org.trastienda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when a message key exists in one language and not the other, or when a template names a
 * literal key that no bundle defines (text that would show as ??key?? to a user).
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	@Test
	void everyBundleHasTheSameKeysInSpanishAndEnglish() throws IOException {
		for (String basename : basenames()) {
			Set<String> spanish = keys(basename + "_es.properties");
			Set<String> english = keys(basename + "_en.properties");
			assertThat(english).as("keys of %s_en missing from _es", basename).isSubsetOf(spanish);
			assertThat(spanish).as("keys of %s_es missing from _en", basename).isSubsetOf(english);
		}
	}

	@Test
	void everyLiteralKeyInTheTemplatesIsTranslated() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String basename : basenames()) {
			known.addAll(keys(basename + "_es.properties"));
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			templates.filter(path -> path.toString().endsWith(".html")).forEach(template -> {
				Matcher matcher = TEMPLATE_KEY.matcher(read(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(RESOURCES.relativize(template) + ": " + matcher.group(1));
					}
				}
			});
		}
		assertThat(missing).as("template keys without a translation").isEmpty();
	}

	private static List<String> basenames() throws IOException {
		Properties application = load(RESOURCES.resolve("application.properties"));
		List<String> existing = new ArrayList<>();
		for (String basename : application.getProperty("spring.messages.basename").split(",")) {
			if (Files.exists(RESOURCES.resolve(basename.trim() + "_es.properties"))
					|| Files.exists(RESOURCES.resolve(basename.trim() + "_en.properties"))) {
				existing.add(basename.trim());
			}
		}
		assertThat(existing).as("message bundles").isNotEmpty();
		return existing;
	}

	private static Set<String> keys(String file) throws IOException {
		Path path = RESOURCES.resolve(file);
		assertThat(path).as("bundle file").exists();
		return new TreeSet<>(load(path).stringPropertyNames());
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(path)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
