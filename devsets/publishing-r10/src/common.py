"""Helper for the hand-written drafts. d() returns one record without its id."""
PRIMARY = {"political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
           "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
           "pre_election": "POLITICAL"}
ROLE = {"CORPORATE": "COMMS_TEAM", "SERVICE": "OFFICER", "COUNCILLOR": "COUNCILLOR",
        "OFFICER_PERSONAL": "OFFICER"}


def d(cls, account, platform, text, trigger, extra=(), pre=False, committee=None, fire=False, role=None):
    exp = [PRIMARY[cls]] + list(extra) if cls in PRIMARY else []
    assert cls in PRIMARY or not extra, text[:40]
    return {"text": text.strip(), "account": account, "authorRole": role or ROLE[account],
            "platform": platform,
            "profile": "suffolk-fire-rescue" if (fire or cls == "fire_detail") else "uk-council",
            "preElection": pre or cls in ("pre_election", "pre_election_exempt"),
            "committee": committee, "class": cls, "expected": exp, "trigger": trigger}
