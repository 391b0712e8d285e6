package io.jobstream.ingest.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the inputs of a run into the pages to read, in a fixed order: inputs as given, and the
 * files of each folder sorted by path, recursively. Hidden entries (names starting with a dot) in
 * folders are passed over, since they are editor and OS droppings, never pages; a hidden file
 * named explicitly is still read.
 */
final class InputWalker {
  /** The input that means standard input. */
  static final Path STDIN = Path.of("-");

  /**
   * @param pages files to read (and {@link #STDIN}), in order
   * @param skipped inputs and folders that could not be walked
   */
  record Walked(List<Path> pages, List<SkippedPage> skipped) {}

  private InputWalker() {}

  static Walked walk(List<Path> inputs) {
    List<Path> pages = new ArrayList<>();
    List<SkippedPage> skipped = new ArrayList<>();
    for (Path input : inputs) {
      if (input.equals(STDIN) || !Files.isDirectory(input)) {
        // A missing or unreadable file is reported by the reader with the precise reason.
        pages.add(input);
      } else {
        walkFolder(input, pages, skipped);
      }
    }
    return new Walked(pages, skipped);
  }

  private static void walkFolder(Path folder, List<Path> pages, List<SkippedPage> skipped) {
    List<Path> found = new ArrayList<>();
    try {
      // Follow links: scrapers often link pages into a batch folder; loops come back as failures.
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          skipped.add(new SkippedPage(file.toString(), reason(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      skipped.add(new SkippedPage(folder.toString(), reason(e)));
    }
    // Sort the whole walk, not per directory, so that the order depends on paths alone.
    found.sort(null);
    pages.addAll(found);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemLoopException ? "link loop" : "unreadable: " + e.getMessage();
  }
}
