package org.councilpolicy.content.messages;

/** What kind of request for information a message is, by the information asked for (not the law it cites). */
public enum RequestType {
    /** Recorded information in general: Freedom of Information Act 2000, or FOISA in Scotland. */
    FOI,
    /** Environmental information: Environmental Information Regulations 2004 (or the Scottish EIRs). */
    EIR,
    /** The sender's own personal data: a UK GDPR subject access request. */
    SAR,
    /** Not a request for information: a service question, complaint, opinion, thanks or spam. */
    NONE;

    /**
     * Whether this is a request for information of any kind.
     *
     * @return true for FOI, EIR and SAR
     */
    public boolean isRequest() {
        return this != NONE;
    }
}
