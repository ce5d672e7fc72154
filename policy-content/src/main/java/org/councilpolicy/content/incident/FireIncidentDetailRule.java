package org.councilpolicy.content.incident;

import org.councilpolicy.core.rule.RuleExample;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Masking;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.content.judgement.IncidentJudgement;

/**
 * FR-1 (SFRS 2.5): specific incident details a fire service does not discuss on open social media, one finding
 * {@link IncidentDetailKind kind} per item. Off by default; the fire service's profile turns it on.
 *
 * <p>One Aho–Corasick pass over the normalised text finds the phrases of every item, plus a few bounded regular
 * expressions (crew numbers, ages, house numbers and streets, postcodes, titled names). Casualty and fatality
 * details count only next to words of an incident or a casualty, so safety messages ("most fire deaths happen at
 * night") pass. Sensitive operational information needs judgement: those findings are REVIEW.
 */
public final class FireIncidentDetailRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("fire-incident.detail")
            .title("Fire incident details not for social media")
            .category(Category.INCIDENT_DETAIL)
            .severity(Severity.BLOCK)
            .clauses("FR-1")
            .rationale("SFRS 2.5: firefighter numbers on each appliance, crews off the run, casualty and fatality "
                    + "details, official-sensitive information, incident details linked to an individual or exact "
                    + "location, ILO information and sensitive operational information are not discussed on open "
                    + "social media.")
            .fires("Crews were called to a house fire at 14 Orchard Close; a woman in her 80s was treated for burns.")
            .passes("Crews were called to a house fire in Stowmarket this morning. One person was taken to hospital.")
            .disabledByDefault()
            .option(RuleOption.enumList("kinds", IncidentDetailKind.class,
                    List.of(IncidentDetailKind.values()), "The items of SFRS 2.5 to check"))
            .build();

    /** What a phrase tells the check. */
    private enum Role { DETAIL, CASUALTY_CONTEXT, INCIDENT_CONTEXT, IGNORE, TRIGGER }

    /** Words without which a pattern cannot match: the regular expressions run only when one was seen. */
    private enum Trigger { NONE, CREW, AGE, AVAILABILITY, ADDRESS_WORD, NAMED }

    private record Entry(IncidentDetailKind kind, Role role, Trigger trigger) {
    }

    private static final Lexicon<Entry> PHRASES = buildLexicon();

    private static final String NUM = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String APPLIANCE = "(?:fire engines?|engines?|appliances?|pumps?|tenders?|trucks?|vehicles?|"
            + "rescue pumps?|aerial ladder platforms?|alps?)";
    private static final Pattern CREW = Pattern.compile(
            "\\b" + NUM + "[ -](?:fire ?fighters?|crew members?|crew|riders?|personnel|ffs?)\\b[^.!?\\n]{0,40}?\\b"
                    + "(?:on|in|per|aboard|riding) (?:each|every|the|our|that|this|one|a|an|its|both) (?:of (?:the|our) )?"
                    + APPLIANCE + "\\b"
                    + "|\\b(?:crewed|manned|staffed|riding|rode|ridden|ride|rides) (?:by|with) (?:only |just |a crew of )?" + NUM + "\\b"
                    + "|\\bcrews? of (?:only |just )?" + NUM + "\\b"
                    + "|\\b" + NUM + "[- ](?:person|man|strong|rider) crews?\\b"
                    + "|\\bwith (?:only |just )?" + NUM + " (?:riders|on board|aboard)\\b"
                    + "|\\b" + NUM + " (?:fire ?fighters|riders) (?:per|on each|in each|on every) " + APPLIANCE + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Only 4 of our 12 on-call engines are available": availability counts. */
    private static final Pattern AVAILABILITY = Pattern.compile(
            "\\b(?:only |just )?\\d{1,3} (?:of|out of) (?:our |the |its )?\\d{1,3} (?:on-call |wholetime |retained )?"
                    + "(?:fire )?(?:engines|appliances|pumps|stations|crews)\\b[^.!?\\n]{0,20}?\\b(?:available|unavailable|"
                    + "off the run|on the run|crewed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE = Pattern.compile(
            "\\baged \\d{1,3}\\b|\\b\\d{1,3}[- ]years?[- ]old\\b|\\bin (?:his|her|their) (?:early |mid |mid-|late )?"
                    + "(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\\d0s)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,4}[a-zA-Z]?,? (?:[A-Z][a-z'’]+ ){1,3}(?:Road|Rd|Street|St|Lane|Ln|Close|Avenue|Ave|Drive|Dr|Way|"
                    + "Crescent|Cres|Court|Ct|Gardens|Gdns|Place|Pl|Terrace|Grove|Walk|Row|Hill|Square|Sq|Mews|Rise|"
                    + "View|Green|Meadow|Meadows|Fields|Chase|Parade|Vale|Wharf|Yard|Gate|Croft|End|Park)\\b");
    private static final Pattern DWELLING = Pattern.compile(
            "\\b(?:[Ff]lat|[Aa]partment|[Hh]ouse number|[Nn]o\\.) ?\\d{1,4}[a-zA-Z]?\\b");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? [A-Z][a-z'’-]{1,20}\\b"
                    + "|\\b(?:named (?:locally )?as|home of|belonging to|owned by|owner,?) [A-Z][a-z'’-]{1,20}"
                    + "(?: [A-Z][a-z'’-]{1,20})?\\b");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public FireIncidentDetailRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        Set<IncidentDetailKind> kinds = EnumSet.noneOf(IncidentDetailKind.class);
        settings.stringListOption("kinds").forEach(k -> kinds.add(IncidentDetailKind.valueOf(k)));
        return (draft, context) -> check(draft, context, kinds);
    }

    private static void check(Draft draft, RuleContext context, Set<IncidentDetailKind> kinds) {
        String text = draft.text();
        NormalisedText norm = NormalisedText.of(text);
        Map<IncidentDetailKind, Span> found = new EnumMap<>(IncidentDetailKind.class);
        boolean casualtyContext = false;
        boolean incidentContext = false;
        List<Span> casualtyDetails = new ArrayList<>();
        List<Span> casualtyContexts = new ArrayList<>();
        List<Span> incidentContexts = new ArrayList<>();
        Span fatality = null;
        EnumSet<Trigger> triggers = EnumSet.noneOf(Trigger.class);
        int ignoredTo = -1;
        for (LexiconMatch<Entry> m : PHRASES.findAll(norm)) {
            Entry e = m.payload();
            triggers.add(e.trigger());
            if (e.role() == Role.TRIGGER) {
                continue;
            }
            if (m.start() < ignoredTo) {
                continue; // inside a phrase that cancels it ("no one was hurt", "the Fatal Four")
            }
            switch (e.role()) {
                case TRIGGER -> {
                }
                case CASUALTY_CONTEXT -> {
                    casualtyContext = true;
                    casualtyContexts.add(m.original());
                }
                case INCIDENT_CONTEXT -> {
                    incidentContext = true;
                    incidentContexts.add(m.original());
                }
                case IGNORE -> ignoredTo = Math.max(ignoredTo, m.end());
                case DETAIL -> {
                    if (e.kind() == IncidentDetailKind.CASUALTY_DETAILS) {
                        casualtyDetails.add(m.original());
                    } else if (e.kind() == IncidentDetailKind.FATALITY_DETAILS) {
                        fatality = fatality == null ? m.original() : fatality;
                    } else {
                        found.putIfAbsent(e.kind(), m.original());
                    }
                }
            }
        }
        if (kinds.contains(IncidentDetailKind.CASUALTY_DETAILS)) {
            // A detail counts only near words of a casualty ("rescued a woman", "the driver ... head injuries"),
            // so "the man who called us" after a dog rescue does not.
            Span age = triggers.contains(Trigger.AGE) ? first(AGE, text) : null;
            Span detail = null;
            if (age != null && (near(age, casualtyContexts) || near(age, incidentContexts))) {
                detail = age;
            }
            for (Span c : casualtyDetails) {
                if ((detail == null || c.start() < detail.start()) && near(c, casualtyContexts)) {
                    detail = c;
                    break;
                }
            }
            if (detail != null) {
                found.put(IncidentDetailKind.CASUALTY_DETAILS, detail);
            }
        }
        if (fatality != null && (incidentContext || casualtyContext)) {
            found.put(IncidentDetailKind.FATALITY_DETAILS, fatality);
        }
        if (kinds.contains(IncidentDetailKind.CREW_NUMBERS)) {
            Span crew = triggers.contains(Trigger.CREW) ? first(CREW, text) : null;
            if (crew != null) {
                found.put(IncidentDetailKind.CREW_NUMBERS, crew);
            }
        }
        if (kinds.contains(IncidentDetailKind.CREWS_OFF_THE_RUN)) {
            Span available = triggers.contains(Trigger.AVAILABILITY) ? first(AVAILABILITY, text) : null;
            Span off = found.get(IncidentDetailKind.CREWS_OFF_THE_RUN);
            if (available != null && (off == null || available.start() < off.start())) {
                found.put(IncidentDetailKind.CREWS_OFF_THE_RUN, available);
            }
        }
        if (kinds.contains(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION)) {
            boolean digitThenCapital = false;
            boolean capitalThenDigit = false;
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                char b = text.charAt(i - 1);
                digitThenCapital |= Character.isUpperCase(c) && (b == ' ' || b == ',') && i >= 2
                        && Character.isLetterOrDigit(text.charAt(i - 2)) && containsDigitBefore(text, i - 1);
                capitalThenDigit |= Character.isDigit(c) && b >= 'A' && b <= 'Z';
            }
            Span where = earliest(digitThenCapital ? first(STREET, text) : null,
                    triggers.contains(Trigger.ADDRESS_WORD) ? first(DWELLING, text) : null,
                    capitalThenDigit ? first(POSTCODE, text) : null,
                    triggers.contains(Trigger.NAMED) ? first(NAMED, text) : null, LinkedDetails.find(text));
            if (where != null) {
                found.put(IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION, where);
            }
        }
        for (Map.Entry<IncidentDetailKind, Span> e : found.entrySet()) {
            if (kinds.contains(e.getKey())) {
                report(e.getKey(), e.getValue(), text, context);
            }
        }
        IncidentJudgement.report(draft, context, kinds, found.keySet());
    }

    private static void report(IncidentDetailKind kind, Span span, String text, RuleContext context) {
        String said = span.of(text);
        var f = context.finding().kind(kind).span(span)
                .excerpt(kind == IncidentDetailKind.LINKED_TO_INDIVIDUAL_OR_LOCATION
                        || kind == IncidentDetailKind.CASUALTY_DETAILS ? Masking.mask(said) : said);
        switch (kind) {
            case CREW_NUMBERS -> f.message("Do not say how many firefighters ride on each appliance.")
                    .suggestion("Say how many fire engines attended, not how they were crewed.");
            case CREWS_OFF_THE_RUN -> f.message("Do not say that crews or appliances are off the run or unavailable.")
                    .suggestion("Leave availability out of public posts.");
            case CASUALTY_DETAILS -> f.message("Do not give casualty details (age, sex, injuries, condition).")
                    .suggestion("Say only that a casualty was handed to the ambulance service, if anything.");
            case FATALITY_DETAILS -> f.message("Do not give fatality details on social media.")
                    .suggestion("Leave it to the police or coroner; post nothing about a death without the "
                            + "communications team.");
            case OFFICIAL_SENSITIVE -> f.message("This is marked or described as sensitive and not for release.")
                    .suggestion("Remove it; official-sensitive information is never posted.");
            case LINKED_TO_INDIVIDUAL_OR_LOCATION -> f.message("Do not link an incident to a person or an exact "
                            + "address (house number, flat, full postcode, a named occupant).")
                    .suggestion("Give the street or village at most.");
            case ILO_INFORMATION -> f.message("Do not post about Inter-agency Liaison Officer (ILO) work.")
                    .suggestion("Remove it.");
            case CAUSE_SPECULATION -> f.message("Do not speculate on the cause of an incident or blame anyone.")
                    .suggestion("Say the cause is under investigation.");
            case SENSITIVE_OPERATIONAL -> f.message("This looks like sensitive operational information (cover, "
                            + "crewing, systems or security response).")
                    .suggestion("Check with the officer in charge before it goes out.")
                    .unsure("whether operational detail is sensitive needs a person's judgement");
        }
        context.report(f);
    }

    /** How close (in UTF-16 units between the two spans) a casualty detail must be to a casualty word. */
    private static final int NEAR = 40;

    private static boolean near(Span detail, List<Span> contexts) {
        for (Span c : contexts) {
            int gap = c.start() >= detail.end() ? c.start() - detail.end()
                    : detail.start() >= c.end() ? detail.start() - c.end() : 0;
            if (gap <= NEAR) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit ends the word (with an optional letter and comma) just before {@code space}. */
    private static boolean containsDigitBefore(String text, int space) {
        int j = space - 1;
        if (j >= 0 && text.charAt(j) == ',') {
            j--;
        }
        if (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return j >= 0 && Character.isDigit(text.charAt(j));
    }

    private static Span first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    private static Span earliest(Span... spans) {
        Span best = null;
        for (Span s : spans) {
            if (s != null && (best == null || s.start() < best.start())) {
                best = s;
            }
        }
        return best;
    }

    private static Lexicon<Entry> buildLexicon() {
        Lexicon.Builder<Entry> b = Lexicon.builder();
        add(b, IncidentDetailKind.CREWS_OFF_THE_RUN, Role.DETAIL, "off the run", "off-the-run", "taken off the run",
                "unavailable due to crewing", "crewing issues", "crewing shortages", "crewing shortage",
                "crew shortages", "crew shortage", "not crewed", "uncrewed", "unable to crew", "could not be crewed",
                "couldn't be crewed", "appliance unavailable", "appliances unavailable", "engine unavailable",
                "engines unavailable", "fire engine unavailable", "station unavailable", "stations unavailable",
                "unavailable for calls", "not available for calls", "not available to respond",
                "unavailable to respond", "off station", "availability issues", "low availability",
                "not on the run", "off-run");
        add(b, IncidentDetailKind.OFFICIAL_SENSITIVE, Role.DETAIL, "official-sensitive", "official sensitive",
                "official - sensitive", "officialsensitive", "official sensitive information",
                "not for publication", "not for public release", "not for release", "not for public distribution",
                "protectively marked", "protective marking", "in confidence", "internal only", "do not share",
                "not to be shared", "sensitive information", "confidential", "restricted information");
        add(b, IncidentDetailKind.ILO_INFORMATION, Role.DETAIL, "ilo", "ilos", "inter-agency liaison officer",
                "interagency liaison officer", "inter agency liaison officer", "inter-agency liaison officers",
                "inter-agency liaison", "interagency liaison", "nilo", "national inter-agency liaison officer");
        add(b, IncidentDetailKind.SENSITIVE_OPERATIONAL, Role.DETAIL, "standby move", "stand-by move",
                "standby moves", "on standby at", "standby at", "on standby in", "cover move", "cover moves", "standby cover", "providing cover at",
                "fire cover", "no fire cover", "without fire cover", "left without cover", "crewing levels",
                "crewing level", "staffing levels", "minimum crewing", "resilience levels", "strategic reserve",
                "appliance availability", "available appliances", "appliances available", "mobilising system",
                "mobilisation system", "control room outage", "control room failure", "radio failure", "airwave",
                "radio channel", "command channel", "tactical plan", "tactical mode", "operational tactics",
                "marauding terrorist", "marauding terrorist attack", "mta", "cbrn", "counter terrorism",
                "counter-terrorism", "suspect package", "security alert", "bomb threat", "hydrant failure",
                "water supply failure", "insufficient water", "equipment failure", "ba failure",
                "breathing apparatus failure");
        add(b, IncidentDetailKind.FATALITY_DETAILS, Role.DETAIL, "died", "has died", "have died", "sadly died",
                "died at the scene", "fatal", "fatality", "fatalities", "killed", "was killed", "were killed",
                "a body", "the body of", "body was", "body has been", "bodies", "dead body", "pronounced dead",
                "declared dead", "found dead", "confirmed dead", "was dead", "lost his life", "lost her life",
                "lost their life", "lost their lives", "passed away", "deceased", "did not survive", "succumbed");
        add(b, IncidentDetailKind.FATALITY_DETAILS, Role.IGNORE, "fatal four", "fatal 4", "fire deaths",
                "body of water", "governing body", "body armour", "body cam", "body worn", "body-worn");
        add(b, IncidentDetailKind.CASUALTY_DETAILS, Role.DETAIL, "man", "woman", "men", "women", "boy", "girl",
                "boys", "girls", "male", "female", "teenager", "teenage", "teen", "child", "children", "baby",
                "toddler", "pensioner", "elderly", "gentleman", "lady", "mother", "father", "son", "daughter",
                "pregnant", "burns", "burn injuries", "severe burns", "smoke inhalation", "fractured", "fracture",
                "broken leg", "broken arm", "broken ribs", "broken neck", "broken back", "head injury",
                "head injuries", "serious injuries", "minor injuries", "leg injuries", "leg injury", "arm injuries",
                "chest injuries", "neck injury", "spinal injuries", "spinal injury", "life-threatening",
                "life threatening", "life-changing", "life changing", "critical condition", "serious condition",
                "stable condition", "serious but stable", "unconscious", "cardiac arrest", "not breathing", "cpr",
                "hypothermia", "bleeding", "crush injuries", "cuts and bruises");
        add(b, IncidentDetailKind.CASUALTY_DETAILS, Role.IGNORE, "fire safety for children", "children's",
                "young people", "man-made", "no one was hurt", "nobody was hurt", "no injuries",
                "no one was injured", "nobody was injured", "no casualties");
        add(b, IncidentDetailKind.CASUALTY_DETAILS, Role.CASUALTY_CONTEXT, "casualty", "casualties", "injured",
                "injuries", "injury", "hurt", "rescued", "taken to hospital", "conveyed to hospital",
                "airlifted", "air ambulance", "paramedics", "ambulance", "treated", "treated for", "trapped",
                "cut free", "released from", "patient", "victim", "occupant", "driver", "passenger", "pedestrian",
                "cyclist", "motorcyclist", "suffered", "handed over to", "hospital", "resident");
        add(b, IncidentDetailKind.FATALITY_DETAILS, Role.INCIDENT_CONTEXT, "called to", "were called",
                "was called", "attended", "incident", "at the scene", "crews", "firefighters", "this morning",
                "last night", "yesterday", "earlier today", "tonight", "this afternoon", "this evening", "overnight",
                "collision", "rtc", "blaze", "house fire", "car fire", "flat fire");
        trigger(b, Trigger.CREW, "crew", "crews", "crewed", "rider", "riders", "riding", "rode", "ride", "rides",
                "ridden", "firefighter", "firefighters", "fire fighter", "fire fighters", "manned", "staffed",
                "personnel", "ff", "ffs", "on board", "aboard");
        trigger(b, Trigger.AGE, "aged", "old", "in his", "in her", "in their");
        trigger(b, Trigger.AVAILABILITY, "available", "unavailable", "on the run", "off the run", "crewed");
        trigger(b, Trigger.ADDRESS_WORD, "flat", "apartment", "house number", "no");
        trigger(b, Trigger.NAMED, "mr", "mrs", "ms", "miss", "mx", "dr", "named", "home of", "belonging to",
                "owned by", "owner");
        return b.build();
    }

    private static void add(Lexicon.Builder<Entry> b, IncidentDetailKind kind, Role role, String... phrases) {
        add(b, kind, role, Trigger.NONE, phrases);
    }

    private static void trigger(Lexicon.Builder<Entry> b, Trigger trigger, String... phrases) {
        add(b, IncidentDetailKind.CREW_NUMBERS, Role.TRIGGER, trigger, phrases);
    }

    private static void add(Lexicon.Builder<Entry> b, IncidentDetailKind kind, Role role, Trigger trigger,
                            String... phrases) {
        Entry e = new Entry(kind, role, trigger);
        for (String p : phrases) {
            b.add(p, e);
        }
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.of(INFO.exampleFires())).under("suffolk-fire-rescue"),
                RuleExample.passes(Draft.of(INFO.examplePasses())).under("suffolk-fire-rescue"));
    }
}
