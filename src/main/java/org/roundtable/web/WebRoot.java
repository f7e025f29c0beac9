package org.roundtable.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code web/} folder: templates, static files and message bundles. In development it is read from
 * disk (so a page edit needs no rebuild); from the packaged jar it is read from inside the jar.
 */
public record WebRoot(Path dir, boolean onDisk) {
  private static final String DEV_DIR = "web";

  public static WebRoot locate() {
    Path disk = Path.of(DEV_DIR);
    if (Files.isDirectory(disk.resolve("templates"))) {
      return new WebRoot(disk.toAbsolutePath(), true);
    }
    return new WebRoot(insideClasspath(), false);
  }

  public Path templates() {
    return dir.resolve("templates");
  }

  public Path messages() {
    return dir.resolve("messages");
  }

  public Path staticFiles() {
    return dir.resolve("static");
  }

  /** A text file under {@code web/}, read once (e.g. the OpenAPI document). */
  public String read(String relativePath) {
    try {
      return Files.readString(dir.resolve(relativePath), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short hash of every static file, added to their URLs so browsers may cache them for a year. */
  public String assetVersion() {
    try (Stream<Path> files = Files.walk(staticFiles())) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path Vert.x's file resolver finds both on disk (working directory) and on the classpath. */
  public static String staticWebRoot() {
    return DEV_DIR + "/static";
  }

  private static Path insideClasspath() {
    try {
      URI uri = WebRoot.class.getResource("/" + DEV_DIR + "/templates").toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri).getParent();
      }
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException alreadyOpen) {
        // another part of the process opened the jar first; reuse it
      }
      return FileSystems.getFileSystem(uri).provider().getPath(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
