package org.councilpolicy.content.account;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisedText;

/**
 * RC-8: an officer's professional account is named after the role, not the person; carries the council's brand;
 * says in its description that it is a professional account; and links to the council's pages about the service.
 * One finding per part missing.
 */
public final class ProfessionalAccountRule extends BaseRule<AccountSetup> {

    static final RuleInfo INFO = RuleInfo.builder("account.professional-account")
            .title("Professional accounts: role name, council brand, marked professional, council link")
            .category(Category.ACCOUNT)
            .severity(Severity.BLOCK)
            .clauses("RC-8")
            .rationale("A professional account must be named in terms of the role not the person, include the "
                    + "council's brand, be clear in its description that it is professional, and link to the "
                    + "council's pages on the service (SCC 3.7).")
            .fires("displayName \"Jane Marsh\", bio \"Views on libraries\", no links (professional account)")
            .passes("displayName \"Suffolk CC Library Development Officer\", bio \"Professional account of Suffolk "
                    + "County Council's library development officer\", link suffolk.gov.uk/libraries")
            .option(RuleOption.stringList("brandNames", List.of(),
                    "Further names of the council's brand beyond its name, handles and domains (e.g. \"SCC\")"))
            .build();

    private static final Lexicon<String> PROFESSIONAL = Lexicon.of("professional", "official account",
            "official page", "official channel", "work account", "official", "corporate account");

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public ProfessionalAccountRule() {
        super(INFO, AccountSetup.class);
    }

    @Override
    public Check<AccountSetup> prepare(Profile profile, RuleSettings settings) {
        CouncilTerms terms = new CouncilTerms(profile, settings.stringListOption("brandNames"));
        List<String> officers = profile.namedPeople().officers().stream().map(NamedPerson::name)
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return (setup, context) -> {
            if (setup.account() != AccountType.PROFESSIONAL) {
                return;
            }
            NormalisedText name = AccountText.name(setup, context);
            NormalisedText bio = AccountText.bio(setup, context);
            String display = setup.displayName().toLowerCase(Locale.ROOT);
            boolean namedOfficer = officers.stream().anyMatch(o -> !o.isBlank() && display.contains(o));
            if (namedOfficer || (!terms.namesRole(name) && terms.brandIn(name, terms.generic()) == null
                    && looksLikePersonalName(setup.displayName()))) {
                var f = context.finding()
                        .kind(AccountFindingKind.NAMED_AFTER_PERSON)
                        .message("A professional account is named after the role, not the person.")
                        .suggestion("Name it after the role or service, e.g. \"" + example(profile)
                                + " Library Development Officer\".");
                if (!namedOfficer) {
                    f.unsure("the display name looks like a person's name and names no role");
                }
                context.report(f);
            }
            if (terms.brandIn(name, terms.generic()) == null && terms.brandIn(bio, terms.generic()) == null) {
                context.report(context.finding()
                        .kind(AccountFindingKind.NO_COUNCIL_BRAND)
                        .message("A professional account carries the council's brand.")
                        .suggestion("Put " + example(profile) + " in the name or the description."));
            }
            if (!PROFESSIONAL.containsAny(bio)) {
                context.report(context.finding()
                        .kind(AccountFindingKind.NOT_MARKED_PROFESSIONAL)
                        .message("The description does not say this is a professional account.")
                        .suggestion("Say so, e.g. \"Professional account of the … officer at " + example(profile)
                                + "\"."));
            }
            if (!terms.linksToCouncil(setup.links(), setup.bio())) {
                context.report(context.finding()
                        .kind(AccountFindingKind.NO_COUNCIL_LINK)
                        .message("A professional account links to the council's pages about the service.")
                        .suggestion(profile.ownContacts().domains().isEmpty()
                                ? "Add a link to the service's page on the council's website."
                                : "Add a link to the service's page on " + profile.ownContacts().domains().get(0) + "."));
            }
        };
    }

    private static String example(Profile profile) {
        List<String> names = CouncilTerms.brandNames(profile.council());
        return names.isEmpty() ? "the council's name" : names.get(names.size() > 1 && profile.council().contains("(")
                ? names.size() - 1 : 0);
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.?");
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’]{1,20}(?:-\\p{Lu}[\\p{Ll}'’]{1,20})?");

    /** Two to four capitalised words or initials ("Jane Marsh", "J. R. Marsh"): the shape of a person's name. */
    static boolean looksLikePersonalName(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int full = 0;
        for (String w : words) {
            if (INITIAL.matcher(w).matches()) {
                continue;
            }
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
            full++;
        }
        return full >= 1;
    }

    @Override
    public List<RuleExample<AccountSetup>> examples() {
        return List.of(RuleExample.fires(AccountSetup.builder().account(AccountType.PROFESSIONAL).twoFactor(true)
                        .displayName("Jane Marsh").bio("Views on libraries").build()).under("suffolk"),
                RuleExample.passes(AccountSetup.builder().account(AccountType.PROFESSIONAL).twoFactor(true)
                        .displayName("Suffolk CC Library Development Officer")
                        .bio("Professional account of Suffolk County Council's library development officer")
                        .link("https://www.suffolk.gov.uk/libraries").build()).under("suffolk"));
    }
}
