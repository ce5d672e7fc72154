"""Shared helper for the hand-written draft parts. Each part file calls d(...) once per draft."""
PRIMARY = {
    "political_opinion": "POLITICAL", "predetermination": "POLITICAL", "conduct": "CONDUCT",
    "discrimination": "CONDUCT", "contempt": "CONDUCT", "fire_detail": "INCIDENT_DETAIL",
    "pre_election": "POLITICAL", "clean_trap": None, "councillor_campaigning": None,
    "pre_election_exempt": None,
}
ROLE = {"CORPORATE": "COMMS_TEAM", "SERVICE": "OFFICER", "COUNCILLOR": "COUNCILLOR",
        "OFFICER_PERSONAL": "OFFICER"}
DRAFTS = []

def d(cls, text, account, platform, trigger, extra=(), role=None, pre=None, com=None, fire=None):
    prim = PRIMARY[cls]
    expected = ([prim] if prim else []) + list(extra)
    if pre is None:
        pre = cls in ("pre_election", "pre_election_exempt")
    if fire is None:
        fire = cls == "fire_detail"
    DRAFTS.append({
        "text": text, "account": account, "authorRole": role or ROLE[account],
        "platform": platform, "profile": "suffolk-fire-rescue" if fire else "uk-council",
        "preElection": pre, "committee": com, "class": cls, "expected": expected,
        "trigger": trigger,
    })
