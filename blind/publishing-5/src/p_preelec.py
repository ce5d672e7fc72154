from common import d
P = ["POLITICAL"]
def pe(text, acct, plat, trig, fire=False):
    return d("pre_election", text, acct, plat, trig, P, pre=True, fire=fire)

DRAFTS = [
    pe("Council Leader Cllr Janet Arkwright opened the new Millfield play park today, delivering on her pledge to families across the borough.", "C", "F", "features the leader and her pledge during the period"),
    pe("Four years of this administration: 2,000 new homes, council tax frozen twice, 30 new playgrounds. A record to be proud of! #Delivering", "C", "X", "administration's record publicised in the period"),
    pe("Cllr Marcus Tan, Cabinet Member for Transport, says the new 20mph zones are 'saving lives'. Watch his video below.", "C", "F", "features a cabinet member quoting a contested policy"),
    pe("We're pleased to announce the decision to close Northgate leisure centre will go ahead as planned from September.", "C", "X", "controversial announcement in the period"),
    pe("Photo: Cllr Ruby Achebe with pupils at the opening of Highfield library's new children's corner. 📚", "S", "I", "councillor photo opportunity during the period"),
    pe("Thank you Cllr Dave Morris for securing £1.2m for flood defences in Lowerby. A real champion for the ward!", "C", "F", "praises a ward councillor during the period"),
    pe("New: the council's budget delivered the largest investment in roads in a decade, thanks to the leadership of the Cabinet.", "C", "L", "credits the Cabinet for its record in the period"),
    pe("Mae'r Cynghorydd Elin Prys wedi agor y ganolfan ieuenctid newydd heddiw – diolch Elin am dy waith caled!", "C", "F", "Welsh: features a councillor opening a centre during the period"),
    pe("Deputy Leader Cllr Singh joined bin crews this morning to launch our new recycling service – check out his thumbs up 👍", "S", "X", "councillor photo-op on a service account in the period"),
    pe("Reminder: controversial plans to introduce parking charges at all seafront car parks will be approved by Cabinet next week.", "C", "F", "contested proposal promoted during the period"),
    pe("Our housing portfolio holder Cllr Bernadette O'Leary: 'We promised to end rough sleeping and we have.'", "C", "X", "quotes a councillor claiming success in the period"),
    pe("Video: Leader of the Council sets out the administration's vision for the next four years. 🎥", "C", "I", "administration vision during the period"),
    pe("Since 2022 this council has cut waste, balanced the books and still kept every library open. Results, not rhetoric.", "C", "L", "campaign-style record claim in the period"),
    pe("Cllr Grayson met traders in Market Street today to hear about the pedestrianisation plans he's championing.", "S", "F", "features a councillor promoting his own policy during the period"),
    pe("Pleased to share that Cllr Hussain, who chairs our Environment Committee, has been shortlisted for a national green award! 🌿", "C", "X", "celebrates an individual councillor in the period"),
    pe("The 'Better Brackley' programme, the Leader's flagship pledge, has now delivered 15 of its 20 promises.", "C", "F", "promotes a flagship political pledge"),
    pe("Weekly column from the Leader: why our town centre plan is the right one, and why the critics are wrong.", "C", "F", "leader's argumentative column during the period"),
    pe("Cllr Amos Whitely & Cllr Fay Kerr at the new Southbank skate park opening. Cheers both for making it happen!!", "S", "I", "thanks named councillors at a launch in the period"),
    pe("Council's new bus lane scheme starts Monday despite objections – here's why it's the right decision for the town.", "C", "X", "controversial scheme defended during the period"),
    pe("Our record on potholes speaks for itself: 8,000 fixed this year. Don't let anyone tell you otherwise.", "S", "X", "defensive record claim in the period"),
    pe("Cllr Linda Foss, who is seeking re-election in Oakbridge West, welcomed our new youth volunteers to the Town Hall today – great to see her backing young people!", "C", "F", "features a candidate councillor at a council event in the period"),
    pe("Fire and rescue update: Cllr Paul Reeve, Cabinet Member for Public Protection, praises crews' response and his plans to keep all stations open.", "C", "X", "fire service post featuring a cabinet member's plans in the period", fire=True),
    pe("Cabinet member Cllr Nasreen Bhatti explains in this short video why she backed the new garden waste charge.", "C", "F", "councillor defends a charging decision in the period"),
]
