from common import d
C = ["CONDUCT"]
def ct(text, acct, plat, trig, exp=None, com=None, fire=False):
    return d("contempt", text, acct, plat, trig, exp or C, com=com, fire=fire)

DRAFTS = [
    ct("Glad to see the landlord of Brook House charged at last. Anyone who's met Dennis Marley knows exactly what kind of man he is. Trial starts in March.", "M", "F", "comments on the character of a defendant awaiting trial"),
    ct("The trader accused of selling fake vapes in Wexley appears in court next week. Our Trading Standards team caught him red-handed.", "S", "X", "asserts guilt before trial"),
    ct("The jury's still out in the Corran Street fly-tipping case but frankly we all know who did it.", "C", "X", "comments on guilt while jury deliberates"),
    ct("Kenny Roach is a thug who should never be let near a school again. Let's hope the court agrees on Thursday.", "M", "X", "character attack on a named defendant before the hearing"),
    ct("Update on the builder prosecuted for the collapsed wall at Pennington Rd: our evidence is overwhelming and we expect a guilty verdict.", "C", "F", "predicts conviction in an active case"),
    ct("Trial of the care home manager continues. Families we've spoken to say she was always cold and cruel – we hope they get justice.", "S", "F", "prejudicial character evidence during trial"),
    ct("Let's be clear: the man charged over the fire at Elm Court is guilty and the council will not rest until he's behind bars.", "C", "X", "council account asserting guilt of a charged person"),
    ct("Remember the name Sandra Pike, folks – the woman who fleeced pensioners out of thousands. In the dock at Crown Court next month.", "M", "F", "names defendant and treats charges as proven"),
    ct("The restaurant owner charged with food hygiene offences has a long history of cutting corners. We've got a file this thick 📂", "S", "I", "prejudicial history of a defendant before trial"),
    ct("Retrial of the Moorfield hit-and-run driver starts today. He got off last time on a technicality – not this time we hope!", "O", "X", "comments on a retrial defendant's guilt"),
    ct("Honestly cannae believe that eejit Mackie's pleading not guilty to the dog attack. Everyone in Dunraw saw it.", "M", "F", "disputes a not-guilty plea before trial"),
    ct("Our Environmental Health officers have worked hard to bring the Kingsgate slum landlord to court. He's a disgrace and deserves everything coming to him.", "C", "L", "character attack on a defendant pending trial"),
    ct("Two men accused of the Ashdown Park vandalism are in court Monday. We've shared the CCTV below so you can see for yourselves what they did.", "C", "F", "publishes evidence and asserts guilt before trial"),
    ct("While the inquest jury is considering its verdict, we want to say plainly that the hospital let Mrs Hanley down.", "C", "X", "pre-empts the coroner's jury on a live inquest"),
    ct("The taxi driver on trial for assault used to drive for us. Honestly not surprised – he always had a temper.", "S", "F", "character comment on a defendant during trial"),
    ct("Fair play to the police for nicking the arsonist who torched the scout hut. Hope he gets what's coming to him when it goes to trial.", "M", "X", "calls an accused person 'the arsonist' before trial"),
    ct("The cowboy roofer standing trial this week for ripping off Meadow Lane residents needs to be made an example of.", "C", "F", "demands a particular outcome in an ongoing trial"),
    ct("Got a text from a mate who's on the jury for the Northgate fraud trial, sounds like it's going the right way 😉", "M", "X", "discusses jury deliberations in an active trial"),
    ct("Appeal court hears the planning fraud case next week. Developer's lies have cost this town millions and the judges should see through him.", "M", "L", "urges judges to reject a party's case pending appeal"),
    ct("Thanks to everyone who came forward about the dog breeder now awaiting trial. Sounds like she's been at this for years.", "S", "F", "adds prejudicial allegations against a defendant awaiting trial"),
    ct("The woman charged with the Kessford barn fire is known to our crews from previous call-outs. Enough said.", "S", "X", "fire service insinuation about a charged person", fire=True),
    ct("To the lad charged with smashing up the bus shelters: the whole of Brockton knows it was you. See you in court, sunshine.", "M", "I", "councillor taunting a named-by-description defendant"),
    ct("The licensing case against the Sun Inn is before the magistrates tomorrow. Quite frankly the owner's a crook and always has been.", "O", "F", "officer calls a party to a live court case a crook"),
]
