package io.jobstream.ingest.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads pages from files or a stream, refusing any larger than a limit, and describes them with
 * {@link ContentTypes} and {@link PageUrls}.
 *
 * <p>Immutable and thread-safe. Never reads more than {@code maxBytes + 1} bytes of a page, so an
 * oversize file costs no memory; every failure to read becomes a {@link PageSkippedException}.
 */
public final class PageReader {
  private final long maxBytes;

  /**
   * A reader refusing pages over a limit.
   *
   * @param maxBytes the largest page accepted, in bytes; at least 1
   */
  public PageReader(long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8) + ", was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The largest page accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Reads one file; the origin of the result is {@code path.toString()}. */
  public PageFile read(Path path) throws PageSkippedException {
    String origin = path.toString();
    if (Files.isDirectory(path)) {
      throw new PageSkippedException(origin, "is a directory");
    }
    try {
      if (!Files.isRegularFile(path) && Files.exists(path)) {
        throw new PageSkippedException(origin, "not a regular file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(origin, size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return describe(origin, readBounded(origin, in));
      }
    } catch (NoSuchFileException e) {
      throw new PageSkippedException(origin, "no such file (deleted or moved?)");
    } catch (AccessDeniedException e) {
      throw new PageSkippedException(origin, "permission denied");
    } catch (IOException e) {
      throw new PageSkippedException(origin, "unreadable: " + e.getMessage());
    }
  }

  /** Reads a whole stream (e.g. stdin) as one page; the stream is not closed. */
  public PageFile read(String origin, InputStream in) throws PageSkippedException {
    try {
      return describe(origin, readBounded(origin, in));
    } catch (IOException e) {
      throw new PageSkippedException(origin, "unreadable: " + e.getMessage());
    }
  }

  /** Sniffs type and URL of bytes already in memory; {@code origin} may carry an extension. */
  public PageFile describe(String origin, byte[] body) throws PageSkippedException {
    if (body.length == 0) {
      throw new PageSkippedException(origin, "empty");
    }
    if (body.length > maxBytes) {
      throw tooLarge(origin, body.length);
    }
    String mime = ContentTypes.mimeType(origin, body);
    String contentType = ContentTypes.detect(origin, body);
    String url = PageUrls.find(mime, body, ContentTypes.declaredCharset(mime, body));
    return new PageFile(origin, body, contentType, url);
  }

  private byte[] readBounded(String origin, InputStream in) throws IOException, PageSkippedException {
    // A file may grow between size() and reading, and stdin has no size: read one byte past the limit.
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      String reason = String.format(Locale.ROOT, "too large: over %,d bytes (limit %,d)", maxBytes, maxBytes);
      throw new PageSkippedException(origin, reason);
    }
    return bytes;
  }

  private PageSkippedException tooLarge(String origin, long size) {
    String reason = String.format(Locale.ROOT, "too large: %,d bytes (limit %,d)", size, maxBytes);
    return new PageSkippedException(origin, reason);
  }
}
