from common import d

C, S, K, O = "CORPORATE", "SERVICE", "COUNCILLOR", "OFFICER_PERSONAL"
DRAFTS = [
d("pre_election_exempt", C, "X", """Crews are tackling a large grass fire at Caxworth Heath. Please avoid the area and keep windows closed if smoke reaches you.""",
  "emergency fire information inside the period", fire=True),
d("pre_election_exempt", S, "FACEBOOK", """Free home fire safety visits are available for anyone over 65 or living with a disability. Book online or call us.""",
  "routine fire safety service inside the period", fire=True),
d("pre_election", C, "FACEBOOK", """The Chair of the Fire Authority, Cllr Helen Ashcroft, visited Wenbridge station today to see the new fire engine her budget decision paid for.""",
  "fire authority chair credited for a budget decision during the period", fire=True),
d("discrimination", O, "FACEBOOK", """We're hiring at work (I'm in the council's parks team) - groundsman vacancy, would suit a young lad, no old boys who'll be off with their backs every week 😂 DM me.""",
  "officer's own account shares a council vacancy with age and sex stereotypes"),
d("contempt", O, "X", """I work in the council's housing team and I can tell you the landlord in court next week over the Victoria Road flats is exactly as bad as you've heard. Hope they lock him up.""",
  "officer comments on a defendant's guilt and character before the hearing"),
d("clean_trap", O, "INSTAGRAM", """Ran the Marlbridge 10k for the hospice this morning with five colleagues from the council's finance team! Personal account, views my own 🏃""",
  "officer's personal post mentions employer harmlessly"),
d("clean_trap", O, "LINKEDIN", """Great conference on the future of the local government labour market this week. My notes, in a personal capacity, on recruiting and keeping social workers.""",
  "labour market homonym on an officer's own account with disclaimer"),
d("clean_trap", K, "FACEBOOK", """Cllr Rita Moss: I've been asked whether I'll be standing again in May. Yes - more on that from my campaign page nearer the time. For council business, my surgery is still every first Saturday.""",
  "councillor's own account separates campaigning from council business, outside the period"),
]
