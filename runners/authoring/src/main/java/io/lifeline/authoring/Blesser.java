package io.lifeline.authoring;

import io.lifeline.differential.Judge;
import io.lifeline.differential.RepeatedRun;
import io.lifeline.differential.ScenarioRunner;
import io.lifeline.differential.Stability;
import io.lifeline.differential.Verdict;
import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Budget;
import io.lifeline.scenario.ExpectBlock;
import io.lifeline.scenario.Outcome;
import io.lifeline.scenario.Rule;
import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.Status;
import io.lifeline.scenario.TraitPatterns;
import io.lifeline.scenario.Traits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lifeline bless}: records what backends do as a scenario's {@code expect} rules. Reading this class's
 * {@link #bless} from top to bottom is the algorithm:
 *
 * <ol>
 *   <li>refuse a file that still has the placeholder title or description of {@code lifeline new}: blessing
 *       records the expectations of a scenario someone has described;
 *   <li>run the scenario on each backend ({@code runs} times);
 *   <li>refuse on a crash, or a hang unless allowed;
 *   <li>leave the file alone when every run already meets its rules (so blessing twice changes nothing);
 *   <li>refuse when repeated runs of one backend disagree (a timing-dependent outcome wants a partial-order rule,
 *       written by hand);
 *   <li>group the backends by outcome; give each release to cover that did not run here the group of the
 *       nearest release of the same implementation that did;
 *   <li>for each group, keep an existing rule that matches the group's backends and no other group's and expects
 *       its outcome; write a rule with the narrowest {@code when} ({@link WhenSynthesis}) for what it leaves;
 *   <li>replace the text of the {@code expect} block ({@link ExpectBlock}), leaving the rest of the file as
 *       written.
 * </ol>
 */
public final class Blesser {
  private Blesser() {}

  /**
   * How to bless.
   *
   * @param backends the backends to run (by default the real interpreters found)
   * @param budget the limits of one run
   * @param runs runs of each backend; more than one reveals unstable outcomes
   * @param allowHang whether a hang may be blessed as {@code status: hang}
   * @param cover releases the rules must cover even when they did not run here
   */
  public record Options(
      List<Backend> backends, Budget budget, int runs, boolean allowHang, List<KnownBackends.Release> cover) {
    public Options {
      backends = List.copyOf(backends);
      cover = List.copyOf(cover);
    }
  }

  /** One group of backends with the same outcome, and the releases that did not run but are expected like it. */
  private record Group(Outcome outcome, List<Backend> backends, List<KnownBackends.Release> standIns) {}

  /** Blesses one loaded scenario; reads its file, never writes it (see {@link BlessResult#write}). */
  public static BlessResult bless(Scenario scenario, Options options) {
    String text;
    try {
      text = Files.readString(scenario.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return refused(scenario, "", List.of("cannot read " + scenario.file() + ": " + e.getMessage()));
    }
    List<String> placeholders = Scaffold.placeholders(scenario).stream()
        .map(p -> p.location() + ": " + p.message()).toList();
    if (!placeholders.isEmpty()) {
      return refused(scenario, text, concat(placeholders, "not blessed: replace the placeholders of lifeline new"
          + " first (the file runs as it is; lifeline check lists what is left)"));
    }
    if (options.backends().isEmpty()) {
      return refused(scenario, text, List.of("no backend to run"));
    }
    List<RepeatedRun> runs =
        ScenarioRunner.runRepeatedly(scenario, options.backends(), options.budget(), options.runs());
    List<String> faults = faults(runs, options.allowHang());
    if (!faults.isEmpty()) {
      return refused(scenario, text, faults);
    }
    List<String> unstable = unstable(runs);
    if (meetsItsRules(scenario, runs)) {
      return new BlessResult(scenario, BlessResult.Kind.UNCHANGED, text, unstable.isEmpty() ? List.of()
          : concat(unstable, "every run meets the existing rules, so they are kept"));
    }
    if (!unstable.isEmpty()) {
      return refused(scenario, text, concat(unstable,
          "not blessed: write a partial-order rule (order, absent, count, within) for the varying backends"));
    }
    List<String> notes = new ArrayList<>();
    List<Group> groups = groups(runs, options.cover(), notes);
    Optional<String> block = block(scenario, text, groups, options.cover());
    if (block.isEmpty()) {
      return refused(scenario, text, concat(notes, "backends with different outcomes have the same impl and"
          + " version, so no when can tell them apart; write the rules by hand"));
    }
    String blessed = replaceBlock(text, block.get());
    return new BlessResult(scenario, blessed.equals(text) ? BlessResult.Kind.UNCHANGED : BlessResult.Kind.BLESSED,
        blessed, notes);
  }

  private static List<String> faults(List<RepeatedRun> runs, boolean allowHang) {
    List<String> faults = new ArrayList<>();
    for (RepeatedRun run : runs) {
      for (Outcome o : run.outcomes()) {
        if (o.status() == Status.CRASH) {
          faults.add(run.backend().name() + " crashed (" + o.statusLine() + "); a crash is never blessed");
          break;
        }
        if (o.status() == Status.UNSUPPORTED) {
          faults.add(run.backend().name() + " could not run the program (" + o.statusLine()
              + "); an unsupported outcome is never blessed");
          break;
        }
        if (o.status() == Status.HANG && !allowHang) {
          faults.add(run.backend().name() + " hung (" + o.statusLine() + ") after " + o.events()
              + "; pass --allow-hang to bless it as status: hang");
          break;
        }
      }
    }
    return faults;
  }

  private static List<String> unstable(List<RepeatedRun> runs) {
    List<String> notes = new ArrayList<>();
    for (RepeatedRun run : runs) {
      Stability s = Stability.of(run.outcomes());
      if (s.unstable()) {
        StringBuilder sb = new StringBuilder(run.backend().name() + " gave " + s.variants().size()
            + " different outcomes in " + s.runs() + " runs:");
        s.variants().forEach(v -> sb.append(" ").append(v.count()).append("x ").append(v.outcome().signature()));
        notes.add(sb.toString());
      }
    }
    return notes;
  }

  private static boolean meetsItsRules(Scenario scenario, List<RepeatedRun> runs) {
    return !scenario.rules().isEmpty() && runs.stream().allMatch(run -> run.outcomes().stream()
        .allMatch(o -> Judge.judge(scenario, run.backend(), o).verdict() == Verdict.PASS));
  }

  /**
   * The backends grouped by outcome, in run order, each release to cover that did not run here added to the
   * group of the nearest release of its implementation (the later one on a tie) that did.
   */
  private static List<Group> groups(List<RepeatedRun> runs, List<KnownBackends.Release> cover, List<String> notes) {
    Map<String, Group> bySignature = new LinkedHashMap<>();
    for (RepeatedRun run : runs) {
      Outcome o = run.outcomes().get(0);
      bySignature.computeIfAbsent(o.signature(), k -> new Group(o, new ArrayList<>(), new ArrayList<>()))
          .backends().add(run.backend());
    }
    List<Group> groups = new ArrayList<>(bySignature.values());
    for (KnownBackends.Release release : cover) {
      List<Backend> sameImpl = runs.stream().map(RepeatedRun::backend)
          .filter(b -> b.traits().impl().equals(release.impl())).toList();
      if (sameImpl.stream().anyMatch(b -> TraitPatterns.parse(release.version()).matches(b.traits().version()))) {
        continue;
      }
      if (sameImpl.isEmpty()) {
        if (notes.stream().noneMatch(n -> n.startsWith("no " + release.impl() + " ran"))) {
          notes.add("no " + release.impl() + " ran: its releases get no rule; bless again where one is installed");
        }
        continue;
      }
      Backend nearest = nearest(release, sameImpl);
      groups.stream().filter(g -> g.backends().contains(nearest)).findFirst().orElseThrow().standIns().add(release);
      notes.add(release + " did not run here; expected like " + nearest.name());
    }
    return groups;
  }

  private static Backend nearest(KnownBackends.Release release, List<Backend> candidates) {
    Backend best = null;
    long bestDistance = Long.MAX_VALUE;
    long target = ordinal(release.version());
    for (Backend b : candidates) {
      long distance = Math.abs(ordinal(b.traits().version()) - target);
      boolean later = best != null && ordinal(b.traits().version()) > ordinal(best.traits().version());
      if (distance < bestDistance || (distance == bestDistance && later)) {
        best = b;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** major.minor as one number (3.12.1 is 3012); patch levels do not decide which release is nearer. */
  private static long ordinal(String version) {
    String[] parts = version.split("\\.");
    long major = parts.length > 0 ? leadingNumber(parts[0]) : 0;
    long minor = parts.length > 1 ? leadingNumber(parts[1]) : 0;
    long micro = parts.length > 2 ? leadingNumber(parts[2]) : 0;
    return major * 1_000_000 + minor * 1_000 + micro;
  }

  private static long leadingNumber(String s) {
    String digits = s.replaceAll("\\D.*", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits.substring(0, Math.min(9, digits.length())));
  }

  /**
   * Every backend and covered release by impl and version, with the index of its group (-1: a release of an
   * implementation that did not run, which no rule may claim).
   */
  private record Universe(List<WhenSynthesis.Member> members, Map<WhenSynthesis.Member, Integer> groupOf) {
    List<WhenSynthesis.Member> in(int group) {
      return members.stream().filter(m -> groupOf.get(m) == group).toList();
    }

    List<WhenSynthesis.Member> notIn(int group) {
      return members.stream().filter(m -> groupOf.get(m) != group).toList();
    }
  }

  /** The universe, or empty when two groups hold the same impl and version (nothing can tell them apart). */
  private static Optional<Universe> universe(List<Group> groups, List<KnownBackends.Release> cover) {
    List<WhenSynthesis.Member> members = new ArrayList<>();
    Map<WhenSynthesis.Member, Integer> groupOf = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (Backend b : groups.get(g).backends()) {
        if (!add(new WhenSynthesis.Member(b.traits().impl(), b.traits().version()), g, members, groupOf)) {
          return Optional.empty();
        }
      }
      for (KnownBackends.Release r : groups.get(g).standIns()) {
        add(new WhenSynthesis.Member(r.impl(), r.version()), g, members, groupOf);
      }
    }
    for (KnownBackends.Release r : cover) {
      if (members.stream().noneMatch(u -> u.impl().equals(r.impl()))) {
        add(new WhenSynthesis.Member(r.impl(), r.version()), -1, members, groupOf);
      }
    }
    return Optional.of(new Universe(members, groupOf));
  }

  /** Adds a member unless present; false when it is present in another group. */
  private static boolean add(WhenSynthesis.Member m, int group, List<WhenSynthesis.Member> members,
      Map<WhenSynthesis.Member, Integer> groupOf) {
    Integer before = groupOf.putIfAbsent(m, group);
    if (before == null) {
      members.add(m);
    }
    return before == null || before == group;
  }

  /** The new expect block, or empty when some group cannot be told apart from another by impl and version. */
  private static Optional<String> block(
      Scenario scenario, String text, List<Group> groups, List<KnownBackends.Release> cover) {
    Optional<Universe> universe = universe(groups, cover);
    if (universe.isEmpty()) {
      return Optional.empty();
    }
    ExpectBlock layout = ExpectBlock.locate(text).orElse(null);
    List<Map.Entry<WhenSynthesis.Member, String>> rules = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (!rulesFor(g, scenario, text, layout, groups, cover, universe.get(), rules)) {
        return Optional.empty();
      }
    }
    rules.sort(Map.Entry.comparingByKey(WhenSynthesis.ORDER));
    return Optional.of(ExpectWriter.block(rules.stream().map(Map.Entry::getValue).toList()));
  }

  /**
   * Adds group {@code g}'s rules, each keyed by the first member it covers (for ordering): a kept existing rule,
   * then generated rules for the members it leaves. False when a generated rule would match another group.
   */
  private static boolean rulesFor(int g, Scenario scenario, String text, ExpectBlock layout, List<Group> groups,
      List<KnownBackends.Release> cover, Universe universe, List<Map.Entry<WhenSynthesis.Member, String>> rules) {
    Group group = groups.get(g);
    List<WhenSynthesis.Member> left = new ArrayList<>(universe.in(g));
    Optional<Integer> kept = keptRule(scenario, groups, g, layout);
    if (kept.isPresent()) {
      Rule rule = scenario.rules().get(kept.get());
      left.removeIf(m -> rule.matches(traitsOf(m, group, cover)));
      rules.add(Map.entry(first(universe.in(g), Map.of()), layout.ruleText(text, kept.get()).orElseThrow()));
    }
    if (left.isEmpty()) {
      return true;
    }
    List<Map<String, List<String>>> clauses = WhenSynthesis.clauses(left, universe.members());
    if (WhenSynthesis.overlaps(clauses, universe.notIn(g))) {
      return false;
    }
    clauses.forEach(clause -> rules.add(Map.entry(first(left, clause), ExpectWriter.rule(clause, group.outcome()))));
    return true;
  }

  /** The first member, in {@link WhenSynthesis#ORDER}, of the clause's implementation (any, for a default). */
  private static WhenSynthesis.Member first(List<WhenSynthesis.Member> members, Map<String, List<String>> clause) {
    return members.stream().sorted(WhenSynthesis.ORDER)
        .filter(m -> clause.isEmpty() || clause.get("impl").contains(m.impl())).findFirst().orElseThrow();
  }

  /**
   * The index of an existing rule to keep for group {@code g}: one that matches every backend of the group, no
   * backend or stand-in release of another group, and expects the group's outcome. Empty when there is none or
   * the rules are not laid out one per item.
   */
  private static Optional<Integer> keptRule(Scenario scenario, List<Group> groups, int g, ExpectBlock layout) {
    if (layout == null || layout.ruleLines().size() != scenario.rules().size()) {
      return Optional.empty();
    }
    Group group = groups.get(g);
    for (int i = 0; i < scenario.rules().size(); i++) {
      Rule rule = scenario.rules().get(i);
      Scenario alone = withRules(scenario, List.of(rule));
      boolean fits = group.backends().stream().allMatch(b ->
          Judge.judge(alone, b, group.outcome()).verdict() == Verdict.PASS);
      for (int other = 0; other < groups.size() && fits; other++) {
        if (other != g) {
          Group o = groups.get(other);
          fits = o.backends().stream().noneMatch(b -> rule.matches(b.traits()))
              && o.standIns().stream().noneMatch(r -> rule.matches(r.traits()));
        }
      }
      if (fits) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Traits traitsOf(WhenSynthesis.Member m, Group group, List<KnownBackends.Release> cover) {
    for (Backend b : group.backends()) {
      if (b.traits().impl().equals(m.impl()) && b.traits().version().equals(m.version())) {
        return b.traits();
      }
    }
    return cover.stream().filter(r -> r.impl().equals(m.impl()) && r.version().equals(m.version()))
        .findFirst().orElseThrow().traits();
  }

  private static Scenario withRules(Scenario s, List<Rule> rules) {
    return new Scenario(s.id(), s.file(), s.title(), s.description(), s.tags(), s.links(), s.includes(),
        s.source(), s.program(), s.sourceLine(), s.programOffset(), rules);
  }

  /** The text with the expect block replaced, or the block appended when the file has none. */
  static String replaceBlock(String text, String block) {
    Optional<ExpectBlock> layout = ExpectBlock.locate(text);
    if (layout.isEmpty()) {
      return text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + block;
    }
    int from = lineStart(text, layout.get().keyLine());
    int to = lineStart(text, layout.get().endLine());
    String rest = text.substring(to);
    return text.substring(0, from) + block + (to >= text.length() && !text.endsWith("\n") ? "" : rest);
  }

  /** The offset where 1-based line {@code line} starts; the text's length past its last line. */
  private static int lineStart(String text, int line) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return text.length();
      }
      offset = newline + 1;
    }
    return offset;
  }

  private static BlessResult refused(Scenario scenario, String text, List<String> notes) {
    return new BlessResult(scenario, BlessResult.Kind.REFUSED, text, notes);
  }

  private static List<String> concat(List<String> notes, String last) {
    List<String> all = new ArrayList<>(notes);
    all.add(last);
    return all;
  }
}
