package io.jobstream.enrich.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads a schema.org {@code JobPosting} written as HTML microdata ({@code itemscope},
 * {@code itemtype}, {@code itemprop}) into the same JSON shape as JSON-LD, so that one reader
 * flattens both. Nested items ({@code hiringOrganization}, {@code jobLocation}, {@code address},
 * {@code baseSalary}) become nested objects. The first value of a property wins. Stateless.
 */
final class Microdata {
  // Bounds that keep hostile pages cheap: properties read, and characters of a text value.
  private static final int MAX_PROPERTIES = 64;
  private static final int MAX_VALUE_CHARS = 20_000;
  private static final Set<String> URL_TAGS = Set.of("a", "area", "link");
  private static final Set<String> SRC_TAGS = Set.of("img", "audio", "video", "source", "iframe", "embed");

  private Microdata() {}

  /** Whether {@code el} is an item of type schema.org JobPosting. */
  static boolean isJobPosting(Element el) {
    String type = el.attr("itemtype").strip().toLowerCase(Locale.ROOT);
    return el.hasAttr("itemscope") && (type.endsWith("schema.org/jobposting") || type.endsWith("schema.org/jobposting/"));
  }

  /**
   * The item {@code root} as a JSON-LD-shaped tree. Iterative walk of its subtree: each itemprop
   * is attached to the nearest enclosing item, a nested itemscope opens a new object.
   */
  static ObjectNode read(Element root) {
    ObjectNode top = JsonNodeFactory.instance.objectNode();
    top.put("@type", "JobPosting");
    Deque<Element> elements = new ArrayDeque<>();
    Deque<ObjectNode> owners = new ArrayDeque<>();
    pushChildren(root, top, elements, owners);
    int properties = 0;
    while (!elements.isEmpty() && properties < MAX_PROPERTIES) {
      Element el = elements.pop();
      ObjectNode owner = owners.pop();
      String prop = el.attr("itemprop").strip();
      boolean scope = el.hasAttr("itemscope");
      if (prop.isEmpty()) {
        if (!scope) {
          pushChildren(el, owner, elements, owners);
        }
        continue;
      }
      properties++;
      String name = prop.split("\\s+", 2)[0];
      if (scope) {
        ObjectNode child = JsonNodeFactory.instance.objectNode();
        if (!owner.has(name)) {
          owner.set(name, child);
        }
        pushChildren(el, child, elements, owners);
      } else {
        if (!owner.has(name)) {
          owner.put(name, value(el));
        }
        pushChildren(el, owner, elements, owners);
      }
    }
    return top;
  }

  private static void pushChildren(Element el, ObjectNode owner, Deque<Element> elements, Deque<ObjectNode> owners) {
    // Pushed in reverse so that document order is kept and the first value wins.
    for (Element child = el.lastElementChild(); child != null; child = child.previousElementSibling()) {
      elements.push(child);
      owners.push(owner);
    }
  }

  private static String value(Element el) {
    String tag = el.normalName();
    String v;
    if (el.hasAttr("content")) {
      v = el.attr("content");
    } else if (URL_TAGS.contains(tag)) {
      v = el.attr("href");
    } else if (SRC_TAGS.contains(tag)) {
      v = el.attr("src");
    } else if (tag.equals("time") && el.hasAttr("datetime")) {
      v = el.attr("datetime");
    } else if ((tag.equals("data") || tag.equals("meter")) && el.hasAttr("value")) {
      v = el.attr("value");
    } else {
      v = el.text();
    }
    v = v.strip();
    return v.length() > MAX_VALUE_CHARS ? v.substring(0, MAX_VALUE_CHARS) : v;
  }
}
