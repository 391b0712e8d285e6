package io.jobstream.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void shouldReadTomlFrontMatter() {
    String page = "+++\ntitle = \"Field Organizer\"\nsalary = \"$50,000\"\nA_Job_Type = [\"Full Time\"]\n+++\nBody line\n";
    FrontMatter fm = FrontMatterReader.read(page);
    assertThat(fm.text("title")).isEqualTo("Field Organizer");
    assertThat(fm.text("a_job_type")).isEqualTo("Full Time");
    assertThat(fm.list("a_job_type")).containsExactly("Full Time");
    assertThat(fm.body()).isEqualTo("Body line\n");
    assertThat(fm.rawBlock()).startsWith("+++").contains("salary");
  }

  @Test
  void shouldReadYamlFrontMatter() {
    String page = "---\ntitle: 'We''re Hiring a Field Organizer!'\npubDate: '2020-02-06 20:14:13'\ntags: [a, b]\n---\n\nBody\n";
    FrontMatter fm = FrontMatterReader.read(page);
    assertThat(fm.text("title")).isEqualTo("We're Hiring a Field Organizer!");
    assertThat(fm.text("pubdate")).isEqualTo("2020-02-06 20:14:13");
    assertThat(fm.list("tags")).containsExactly("a", "b");
    assertThat(fm.body().strip()).isEqualTo("Body");
  }

  @Test
  void shouldStripBrokenFrontMatterWithoutFields() {
    FrontMatter fm = FrontMatterReader.read("+++\ntitle = = broken\n+++\nBody");
    assertThat(fm.fields()).isEmpty();
    assertThat(fm.body()).isEqualTo("Body");
  }

  @Test
  void shouldLeaveUnfencedTextAlone() {
    FrontMatter fm = FrontMatterReader.read("--- not a fence\ntext");
    assertThat(fm.fields()).isEmpty();
    assertThat(fm.body()).isEqualTo("--- not a fence\ntext");
    assertThat(PageKind.sniff(null, "+++\na = 1\n+++\nx")).isEqualTo(PageKind.MARKDOWN);
    assertThat(PageKind.sniff(null, "<!DOCTYPE html><html>")).isEqualTo(PageKind.HTML);
    assertThat(PageKind.sniff(null, "Field Organizer")).isEqualTo(PageKind.TEXT);
  }
}
