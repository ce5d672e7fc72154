package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.councilpolicy.content.account.AccountSetup;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.profile.AccountType;

/** An {@code account} input line to an {@link AccountSetup}, per the contract. */
final class AccountJson {
    private AccountJson() {
    }

    static AccountSetup read(JsonNode in) throws InputException {
        return AccountSetup.builder()
                .platform(Fields.optionalEnum(in, "platform", Platform.class, Platform.OTHER))
                .account(Fields.optionalEnum(in, "account", AccountType.class, AccountType.CORPORATE))
                .displayName(Fields.optionalText(in, "displayName"))
                .handle(Fields.optionalText(in, "handle"))
                .bio(Fields.optionalText(in, "bio"))
                .links(Fields.optionalStrings(in, "links"))
                .twoFactor(Fields.optionalBoolean(in, "twoFactor"))
                .build();
    }
}
