package io.jobstream.enrich.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The phrases that signal each role category, as lower-case alternations for a
 * {@link PhraseIndex}. The order of the map is the tie-break order.
 */
final class RoleKeywords {
  static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  static {
    put("organizing",
        "organi[sz]ers?|organi[sz]ing|mobiliz\\w*|canvass\\w*|grassroots|base[- ]building|leadership development"
            + "|volunteer (?:teams?|leaders?|recruitment)|distributed|member engagement|relational|worker center|caucus");
    put("electoral_political",
        "political|politics|electoral|elections?|gotv|get[- ]out[- ]the[- ]vote|voters?|ballot|precincts?"
            + "|campaign manager|field director|candidates? (?:races?|campaigns?|interviews?)");
    put("policy_advocacy",
        "policy|policies|advocacy|advocate|government relations|public affairs|lobby\\w*|legislative|legislation"
            + "|legislators?|regulatory");
    put("communications",
        "communications?|media|press|digital|content|social media|messaging|writer|editor|graphic design|video"
            + "|storytelling|public relations|spokes\\w*");
    put("fundraising",
        "fundrais\\w*|development (?:director|associate|officer|manager|coordinator)|director of development"
            + "|grant writ\\w*|donors?|major gifts|philanthrop\\w*|gift officer|finance director|call time");
    put("research_data",
        "research\\w*|data|analysts?|analytics|database|statistic\\w*|evaluation|data science|modeling");
    put("operations",
        "operations|administrative|admin|finance|financial|accounting|accountant|bookkeep\\w*|human resources"
            + "|payroll|information technology|it support|office manager|executive assistant|receptionist|hr");
    put("legal", "attorney|lawyer|counsel|paralegal|legal|litigation|law clerk");
    put("executive",
        "executive director|chief executive|ceo|president|chief \\w+ officer|vice president|coo|cfo|executive");
    put("program_services",
        "program (?:manager|coordinator|officer|associate|director|specialist)|educators?|trainers?|case manag\\w*"
            + "|navigators?|intake|outreach (?:worker|coordinator|specialist)|counselors?|youth|services coordinator");
    put("health_care",
        "nurses?|nursing|clinicians?|clinical|medical assistant|physician|health center|clinic|patient care"
            + "|dental assistant|therapist|phlebotom\\w*|pharmac\\w*");
    put("other",
        "programmer|software|engineer|developer|technician|sales|warehouse|driver|mainframe|mechanic|cashier");
  }

  private RoleKeywords() {}

  private static void put(String category, String alternation) {
    CATEGORIES.put(category, alternation);
  }
}
