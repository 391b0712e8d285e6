package io.jobstream.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared corpus of real pages, read in place: type and URL as a scraper would publish them. */
class CorpusPagesTest {
  /** Relative to this module's directory, where Surefire runs; never copied into the project. */
  private static final Path CORPUS = Path.of("../../shared/corpus");

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NONE", value = {
      "coverletterer_indeed_job.html, text/html; charset=utf-8, https://au.indeed.com/viewjob?jk=54f1f8af68d722d2",
      "coverletterer_seek_job.html, text/html; charset=utf-8, https://au.seek.com/job/93856863",
      "jobapplier_greenhouse.html, text/html; charset=utf-8, http://job-boards.greenhouse.io/gitlab/jobs/8620720002",
      "jobapplier_breezyhr.html, text/html, https://breezy-hr.breezy.hr/p/bdd8a94f4073-1-demo-testing-position-clone-12-18-2014",
      "ncnonprofits_job_listing.html, text/html; charset=utf-8, NONE",
      "phillyjwj_field_organizer.md, text/markdown, NONE",
  })
  void shouldDescribeRealPages(String file, String contentType, String url) throws Exception {
    Path page = CORPUS.resolve(file);
    assumeTrue(Files.isReadable(page), "shared corpus not present");
    PageFile read = new PageReader(5 * 1024 * 1024).read(page);
    assertThat(read.contentType()).isEqualTo(contentType);
    assertThat(read.url()).isEqualTo(url);
  }
}
