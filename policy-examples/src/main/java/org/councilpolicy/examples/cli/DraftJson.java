package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Committee;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.draft.SharedFrom;
import org.councilpolicy.core.profile.AccountType;

/** A {@code check} input line to a {@link Draft}, per the contract. */
final class DraftJson {
    private DraftJson() {
    }

    static Draft read(JsonNode in) throws InputException {
        Draft.Builder b = Draft.builder(Fields.requiredText(in, "text"))
                .platform(Fields.optionalEnum(in, "platform", Platform.class, Platform.OTHER))
                .account(Fields.optionalEnum(in, "account", AccountType.class, AccountType.CORPORATE))
                .kind(Fields.optionalEnum(in, "kind", PostKind.class, PostKind.POST))
                .replyTo(Fields.optionalText(in, "replyTo"))
                .scheduledAt(Fields.optionalInstant(in, "scheduledAt"));
        JsonNode author = Fields.optionalObject(in, "author");
        if (author != null) {
            AuthorRole role = Fields.optionalEnum(author, "role", AuthorRole.class, null);
            if (role == null) {
                throw new InputException("author.role", "required; expected one of COMMS_TEAM, OFFICER, COUNCILLOR");
            }
            java.util.Set<Committee> committees = java.util.EnumSet.noneOf(Committee.class);
            int c = 0;
            for (String name : Fields.optionalStrings(author, "committees")) {
                try {
                    committees.add(Committee.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InputException("author.committees[" + c + "]", "expected one of "
                            + java.util.Arrays.toString(Committee.values()));
                }
                c++;
            }
            b.author(new Author(role, Fields.optionalText(author, "name"), committees));
        }
        JsonNode shared = Fields.optionalObject(in, "sharedFrom");
        if (shared != null) {
            String account = Fields.optionalText(shared, "account");
            Boolean official = Fields.optionalBoolean(shared, "official");
            b.sharedFrom(new SharedFrom(account == null ? "" : account, official != null && official));
        }
        int i = 0;
        for (JsonNode m : Fields.optionalArray(in, "media")) {
            if (!m.isObject()) {
                throw new InputException("media[" + i + "]", "expected an object with path and altText");
            }
            String path = Fields.optionalText(m, "path");
            if (path == null) {
                throw new InputException("media[" + i + "].path", "required");
            }
            b.media(new MediaRef(path, Fields.optionalText(m, "altText")));
            i++;
        }
        return b.build();
    }
}
