package org.councilpolicy.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.content.messages.MessageSettings;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** Every built-in profile loads with every rule of every module, and builds an engine. */
class BuiltInProfilesTest {

    private final RuleRegistry registry = RuleRegistry.discover();
    private final ProfileLoader loader = registry.profileLoader();

    @Test
    void everyBuiltInLoadsNamesItsSourceAndBuildsAnEngine() {
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = loader.builtIn(name);
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.source()).as("source of %s", name).isNotBlank();
            assertThat(Engine.builder().registry(registry).profile(p).build().enabledRules()).isNotEmpty();
        }
        assertThat(loader.builtIn("scottish-borders").jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(loader.builtIn("uk-council").jurisdiction()).isEqualTo(Jurisdiction.ENGLAND);
    }

    @Test
    void extendsMergesMapsAndReplacesLists() {
        Profile fire = loader.builtIn("suffolk-fire-rescue");
        assertThat(fire.extendsProfile()).isEqualTo("suffolk");
        // inherited from suffolk:
        assertThat(fire.settings(MessageSettings.SECTION).informationTeam()).isEqualTo("Information.Management@suffolk.gov.uk");
        assertThat(fire.settings(MessageSettings.SECTION).acknowledgementShort()).startsWith("Thanks for the request.");
        // replaced:
        assertThat(fire.ownContacts().handles()).contains("@SuffolkFire");
        Profile shwd = loader.builtIn("south-hams-west-devon");
        assertThat(shwd.requiredHashtags(AccountType.CORPORATE)).containsExactly("#SHDC", "#WDBC");
        assertThat(shwd.requiredHashtags(AccountType.COUNCILLOR)).isEmpty();
        assertThat(shwd.encouragedHashtags(AccountType.COUNCILLOR)).containsExactly("#SHDC", "#WDBC");
        assertThat(shwd.ownContacts().isOwnPhone("+44 1803 861368")).isTrue();
        assertThat(shwd.ownContacts().isOwnEmail("planning@southhams.gov.uk")).isTrue();
    }
}
