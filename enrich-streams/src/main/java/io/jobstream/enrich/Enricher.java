package io.jobstream.enrich;

import io.jobstream.enrich.classify.PhraseIndex;
import io.jobstream.enrich.classify.RoleClassifier;
import io.jobstream.enrich.classify.SeniorityClassifier;
import io.jobstream.enrich.extract.Benefits;
import io.jobstream.enrich.extract.Found;
import io.jobstream.enrich.extract.UsStates;
import io.jobstream.enrich.page.Body;
import io.jobstream.enrich.page.BodyDecoder;
import io.jobstream.enrich.page.FrontMatter;
import io.jobstream.enrich.page.PageKind;
import io.jobstream.model.EnrichedPosting;
import io.jobstream.model.EnrichedPosting.Location;
import io.jobstream.model.EnrichedPosting.RoleType;
import io.jobstream.model.EnrichedPosting.Salary;
import io.jobstream.model.RawPage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one raw page into an enriched posting. The facade of the library: pure (no Kafka, no
 * I/O), thread-safe (no mutable state; one instance may serve every stream thread) and
 * deterministic except for {@code enrichedAt}, which comes from the injected clock.
 *
 * <p>Malformed markup never throws. {@link IllegalArgumentException} is thrown only for input
 * that cannot be a page (empty, blank or binary bodies); callers route it to the dead-letter
 * queue with its message.
 */
public final class Enricher {
  /** The version written to {@code enricherVersion}; bump it when output can change. */
  public static final String VERSION = "0.1.0";

  private final Clock clock;

  /** An enricher stamping {@code enrichedAt} from the UTC system clock. */
  public Enricher() {
    this(Clock.systemUTC());
  }

  /** An enricher stamping {@code enrichedAt} from {@code clock} (tests pass a fixed clock). */
  public Enricher(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Enriches {@code page}.
   *
   * @throws IllegalArgumentException when the body is empty, blank or binary
   * @throws NullPointerException when {@code page} is null
   */
  public EnrichedPosting enrich(RawPage page) {
    Objects.requireNonNull(page, "page");
    Body body = BodyDecoder.read(page.body(), page.declaredCharset());
    PageKind kind = PageKind.sniff(page.contentType(), body.head());
    ReadPage read = ReadPage.of(body, kind, page.url());
    Fields f = Fields.extract(read);
    String cleanText = read.clean().text();
    String contentHash = Ids.sha256(cleanText);
    String url = page.url() != null ? page.url() : f.url();
    Map<String, String> evidence = new LinkedHashMap<>(f.evidence());

    Location loc = f.location();
    Salary salary = f.salary();
    EnrichedPosting.Requirements req = f.requirements();
    String lowerText = cleanText.toLowerCase(Locale.ROOT);
    Phrases phrases = phrases(Found.valueOf(f.title()), cleanText, lowerText);
    RoleType role = phrases.role();
    Found seniority = SeniorityClassifier.classify(Found.valueOf(f.title()), req.yearsExperience(), cleanText, lowerText);
    evidence.put("seniority", seniority.evidence());
    if (!role.evidence().isEmpty()) {
      evidence.put("roleType", role.evidence().get(0));
    }
    return new EnrichedPosting(
        EnrichedPosting.SCHEMA_VERSION,
        url != null ? Ids.fromUrl(url) : contentHash,
        url,
        page.source() != null ? page.source() : f.source(),
        page.fetchedAt() == null ? null : page.fetchedAt().toString(),
        Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
        VERSION,
        contentHash,
        Found.valueOf(f.title()),
        Found.valueOf(f.organization()),
        loc,
        Found.valueOf(f.workplace()),
        Found.valueOf(f.employmentType()),
        role,
        seniority.value(),
        salary,
        salary != null,
        payTransparency(loc, salary),
        Found.valueOf(f.posted()),
        Found.valueOf(f.closing()),
        f.apply(),
        req,
        benefits(read.frontMatter(), phrases.benefits()),
        cleanText,
        read.clean().removed(),
        evidence);
  }

  private static List<String> benefits(FrontMatter fm, List<String> inText) {
    List<String> stated = fm.list("b_benefits", "benefits");
    return stated.isEmpty() ? inText : stated;
  }

  /** The role type and the benefits named in a posting's text. */
  record Phrases(RoleType role, List<String> benefits) {}

  // The role and benefit phrases, found together in one scan of the lower-cased text; both
  // tables' labels differ, so each hit goes to the reader of its table.
  private static final PhraseIndex ROLE_AND_BENEFITS;
  private static final int ROLE_CATEGORIES = RoleClassifier.phrases().size();
  private static final List<String> BENEFIT_NAMES = List.copyOf(Benefits.phrases().keySet());

  static {
    Map<String, String> both = new LinkedHashMap<>(RoleClassifier.phrases());
    Benefits.phrases().forEach((name, phrase) -> {
      if (both.putIfAbsent(name, phrase) != null) {
        throw new IllegalStateException("a benefit named like a role category: " + name);
      }
    });
    ROLE_AND_BENEFITS = new PhraseIndex(both);
  }

  /**
   * What {@link RoleClassifier#classify(String, String, String)} and
   * {@link Benefits#fromLowerCase} give, from one scan when the role classifier reads the whole
   * text (it reads only the first {@link RoleClassifier#MAX_BODY} characters).
   */
  static Phrases phrases(String title, String text, String lowerText) {
    if (text.length() > RoleClassifier.MAX_BODY) {
      return new Phrases(RoleClassifier.classify(title, text, lowerText), Benefits.fromLowerCase(lowerText));
    }
    RoleClassifier.Tally roles = new RoleClassifier.Tally(title);
    Set<String> benefits = new HashSet<>();
    // The role categories come first in the joined table, the benefits after them.
    ROLE_AND_BENEFITS.scanIndexed(lowerText, (label, phrase) -> {
      if (label < ROLE_CATEGORIES) {
        roles.add(label, phrase);
      } else {
        benefits.add(BENEFIT_NAMES.get(label - ROLE_CATEGORIES));
      }
    });
    return new Phrases(roles.result(), Benefits.inTableOrder(benefits));
  }

  private static String payTransparency(Location loc, Salary salary) {
    if (salary != null || loc == null || loc.region() == null) {
      return null;
    }
    if (loc.country() != null && !loc.country().equals("US")) {
      return null;
    }
    String region = loc.region();
    return UsStates.PAY_TRANSPARENCY.contains(region)
        ? region + " law requires a pay range in job postings; this posting states none"
        : null;
  }

}
