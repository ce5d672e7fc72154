package org.councilpolicy.content.account;

import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.text.NormalisedText;

/** Per-set-up texts the account rules read, each analysed once through {@link TextAnalysis}. */
final class AccountText {

    private AccountText() {
    }

    static NormalisedText bio(AccountSetup a, RuleContext context) {
        return TextAnalysis.of(context, a.bio()).normalised();
    }

    /** Display name and handle together, normalised: where an account names itself. */
    static NormalisedText name(AccountSetup a, RuleContext context) {
        return TextAnalysis.of(context, a.displayName() + " \n " + spaced(a.handle())).normalised();
    }

    /** "@SuffolkCC_Libraries" → "SuffolkCC Libraries": handles join words with capitals and underscores. */
    static String spaced(String handle) {
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        StringBuilder sb = new StringBuilder(h.length() + 8);
        sb.append(h).append(' ');
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '_' || c == '.') {
                sb.append(' ');
            } else {
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(h.charAt(i - 1))) {
                    sb.append(' ');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
