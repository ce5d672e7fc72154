"""Record helper for blind set 5 (publishing). Hand-written drafts call d(...)."""
ACCT = {"C": "CORPORATE", "S": "SERVICE", "M": "COUNCILLOR", "O": "OFFICER_PERSONAL"}
PLAT = {"X": "X", "F": "FACEBOOK", "I": "INSTAGRAM", "L": "LINKEDIN"}
ROLE = {"CORPORATE": "COMMS_TEAM", "SERVICE": "OFFICER", "COUNCILLOR": "COUNCILLOR",
        "OFFICER_PERSONAL": "OFFICER"}


def d(cls, text, acct, plat, trigger, exp=None, pre=False, com=None, fire=False, role=None):
    a = ACCT[acct]
    return {"text": text, "account": a, "authorRole": role or ROLE[a], "platform": PLAT[plat],
            "profile": "suffolk-fire-rescue" if fire else "uk-council", "preElection": pre,
            "committee": com, "class": cls, "expected": list(exp or []), "trigger": trigger}
