ACC = {"C": "CORPORATE", "S": "SERVICE", "K": "COUNCILLOR", "O": "OFFICER_PERSONAL"}
ROLE = {"C": "COMMS_TEAM", "S": "OFFICER", "K": "COUNCILLOR", "O": "OFFICER"}
PLAT = {"X": "X", "F": "FACEBOOK", "I": "INSTAGRAM", "L": "LINKEDIN"}
PRIMARY = {"political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
           "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
           "pre_election": "POLITICAL"}


def d(cls, acc, plat, text, trig, extra=(), pre=False, com=None, fire=False, comms=False):
    """acc: C/S/K/O; plat: X/F/I/L; extra: secondary categories; comms: SERVICE posted by comms team."""
    exp = ([PRIMARY[cls]] + list(extra)) if cls in PRIMARY else []
    return {"text": text.strip(), "account": ACC[acc],
            "authorRole": "COMMS_TEAM" if (comms and acc == "S") else ROLE[acc],
            "platform": PLAT[plat], "profile": "suffolk-fire-rescue" if fire else "uk-council",
            "preElection": pre, "committee": com, "class": cls, "expected": exp, "trigger": trig}
