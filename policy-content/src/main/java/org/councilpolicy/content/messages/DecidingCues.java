package org.councilpolicy.content.messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.LexiconMatch;

/** Picks, from a message's cue matches, the spans behind each decision (type, complaint, ambiguous). */
final class DecidingCues {

    /** Bounds the spans kept per message (memory per item stays bounded on hostile text). */
    static final int LIMIT = 24;

    private static final Set<CueKind> SAR = EnumSet.of(CueKind.OWN_DATA, CueKind.RELATIVE, CueKind.SELF,
            CueKind.PERSONAL_RECORD, CueKind.ABOUT_SELF, CueKind.ACCESS);
    private static final Set<CueKind> EIR = EnumSet.of(CueKind.ENV_STRONG, CueKind.ENV_WEAK, CueKind.EIR_LAW);
    private static final Set<CueKind> FOI = EnumSet.of(CueKind.REQUEST, CueKind.FOI_LAW, CueKind.RECORD,
            CueKind.QUANTITY, CueKind.MONEY, CueKind.TIME, CueKind.DECEASED, CueKind.DECISION);
    private static final Set<CueKind> EIR_OR_FOI = union(EIR, FOI);
    private static final Set<CueKind> NONE = EnumSet.of(CueKind.SERVICE, CueKind.OPINION, CueKind.JIBE);
    private static final Set<CueKind> COMPLAINT = EnumSet.of(CueKind.COMPLAINT, CueKind.SERVICE_FAILURE,
            CueKind.FAILURE, CueKind.REPEATED, CueKind.CONTACTED, CueKind.CONDUCT, CueKind.STAFF,
            CueKind.DISSATISFACTION, CueKind.REMEDY, CueKind.HANDLING, CueKind.HARM, CueKind.ESCALATION);
    private static final Set<CueKind> AMBIGUOUS = EnumSet.of(CueKind.CASUAL, CueKind.JIBE, CueKind.POSITION,
            CueKind.OPINION, CueKind.DISSATISFACTION);

    private DecidingCues() {
    }

    static List<CueSpan> of(List<LexiconMatch<Cue>> matches, RequestType type, boolean ambiguous, boolean complaint) {
        Set<CueKind> typeKinds = switch (type) {
            case SAR -> SAR;
            case EIR -> EIR_OR_FOI;
            case FOI -> FOI;
            case NONE -> NONE;
        };
        List<CueSpan> out = new ArrayList<>();
        for (LexiconMatch<Cue> m : matches) {
            if (out.size() >= LIMIT) {
                break;
            }
            CueKind k = m.payload().kind();
            String decides = typeKinds.contains(k) ? "type"
                    : complaint && COMPLAINT.contains(k) ? "complaint"
                    : ambiguous && AMBIGUOUS.contains(k) ? "ambiguous" : null;
            if (decides != null) {
                out.add(new CueSpan(decides, m.payload().reason(), m.original().start(), m.original().end()));
            }
        }
        return out;
    }

    private static Set<CueKind> union(Set<CueKind> a, Set<CueKind> b) {
        Set<CueKind> u = EnumSet.copyOf(a);
        u.addAll(b);
        return u;
    }
}
