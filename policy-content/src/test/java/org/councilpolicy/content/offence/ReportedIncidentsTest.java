package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 11: an official account's report of an incident is no threat; the same words on a councillor's own account,
 * and a threat on an official account without a report frame, keep the comment detectors' reading.
 */
class ReportedIncidentsTest {

    private static final Engine ENGINE = Engine.builder().build();

    private static List<Finding> threats(String text, AccountType account) {
        return ENGINE.check(Draft.builder(text).account(account).build()).findings("conduct.offensive-language")
                .stream().filter(f -> f.kindIfAny().map(k -> k.name().equals("THREAT") || k.name().equals("HATE"))
                        .orElse(false))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The woman rescued from the fire on Elm Road is in intensive care with severe burns.",
        "An elderly woman was taken to hospital with burns after a fire at her flat."})
    void anOfficialReportOfAnIncidentIsNoThreat(String text) {
        assertThat(threats(text, AccountType.COUNCILLOR)).as("the detectors' reading on a councillor's own account")
                .isNotEmpty();
        assertThat(threats(text, AccountType.SERVICE)).isEmpty();
        assertThat(threats(text, AccountType.CORPORATE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Keep dumping rubbish here and someone will torch the yard.", "Hope the depot burns down."})
    void aThreatWithoutAReportFrameStaysOnAnOfficialAccount(String text) {
        assertThat(threats(text, AccountType.CORPORATE)).isNotEmpty();
    }
}
