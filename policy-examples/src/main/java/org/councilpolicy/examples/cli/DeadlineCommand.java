package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.councilpolicy.content.messages.MessageSettings;
import org.councilpolicy.content.messages.RequestDeadlines;
import org.councilpolicy.core.calendar.Counting;
import org.councilpolicy.core.calendar.Deadline;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadline}: one statutory deadline as one JSON object. FOIA and EIR count on the UK-wide calendar, FOISA on
 * the Scottish one (and EIR too for a Scottish authority), SAR (one calendar month) rolls to a working day on the
 * authority's own nation's calendar: {@code --jurisdiction}, else the {@code --profile}'s jurisdiction, else England
 * and Wales. {@code --profile} also brings the council's extra bank holidays and its counting convention, which
 * {@code --counting} overrides. {@code workingDays} is null for SAR, which counts months.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true, description = "Compute a statutory response deadline.")
final class DeadlineCommand implements Callable<Integer> {

    enum RegimeName { FOIA, FOISA, EIR, SAR }

    @Spec
    CommandSpec spec;

    @Option(names = "--regime", required = true, description = "FOIA, FOISA, EIR or SAR.")
    RegimeName regime;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate received;

    @Option(names = "--extended", description = "The statutory extension: 40 working days (EIR, FOIA public interest) or three months (SAR).")
    boolean extended;

    @Option(names = "--counting", description = "ico or next-working-day (default: the profile's, else ico).")
    String counting;

    @Option(names = "--jurisdiction", paramLabel = "NATION",
            description = "ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND, in any case (default: the profile's).")
    String jurisdiction;

    @Option(names = "--profile", paramLabel = "P",
            description = "A built-in profile name or a profile file: its jurisdiction, extra bank holidays and counting (default: uk-council).")
    String profile;

    @Override
    public Integer call() throws JsonProcessingException {
        Profile p = CliSupport.profile(profile == null ? "uk-council" : profile);
        Jurisdiction j;
        try {
            j = jurisdiction == null ? p.jurisdiction() : RequestDeadlines.jurisdiction(jurisdiction);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("policykit: --" + e.getMessage());
            return 2;
        }
        Counting profileCounting = p.settings(MessageSettings.SECTION).counting();
        String countingName = counting != null ? counting
                : profileCounting == Counting.NEXT_WORKING_DAY ? "next-working-day" : "ico";
        Counting c = switch (countingName.toLowerCase(java.util.Locale.ROOT)) {
            case "ico" -> Counting.ICO;
            case "next-working-day" -> Counting.NEXT_WORKING_DAY;
            default -> null;
        };
        if (c == null) {
            spec.commandLine().getErr().println("policykit: --counting: expected ico or next-working-day, got \""
                    + counting + "\"");
            return 2;
        }
        Regime r = switch (regime) {
            case FOIA -> Regime.FOIA;
            case FOISA -> Regime.FOISA;
            case EIR -> Regime.EIR;
            case SAR -> Regime.UK_GDPR;
        };
        Deadline d;
        try {
            d = RequestDeadlines.forProfile(p, j).due(r, received, c, extended);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("policykit: " + e.getMessage());
            return 2;
        }
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("regime", regime.name());
        out.put("received", received.toString());
        out.put("due", d.due().toString());
        if (r == Regime.UK_GDPR) {
            out.putNull("workingDays");
        } else {
            out.put("workingDays", d.workingDays());
        }
        out.put("counting", countingName);
        if (jurisdiction != null || profile != null) {
            out.put("jurisdiction", j.name());
        }
        spec.commandLine().getOut().println(JsonLines.MAPPER.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
