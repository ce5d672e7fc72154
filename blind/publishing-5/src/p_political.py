from common import d
P = ["POLITICAL"]
def po(text, acct, plat, trig, role=None):
    return d("political_opinion", text, acct, plat, trig, P, role=role)

DRAFTS = [
    po("Bins collected, potholes filled, libraries open. While Westminster dithers, Hollowmere gets on with it. Stop the boats? We'd settle for them stopping the cuts. #LocalDelivery", "C", "X", "national slogan turned into a jibe at government policy on a corporate account"),
    po("Another year, another real-terms cut from a Chancellor who has clearly never set foot in a place like ours. Residents deserve better than this.", "C", "F", "corporate account blaming a named national office holder"),
    po("When your council tax bill lands next month, remember it's the Treasury that made this choice, not us. Tell your MP what you think of it.", "C", "F", "tells residents whom to blame and to lobby, on the council account"),
    po("Our parks team don't do 'woke nonsense', they do grass cutting. Whatever the culture warriors in the national press say 🌳", "S", "X", "adopts culture-war framing as the service's own voice"),
    po("Proud to say Tanbury Borough will not be bowing to the net zero zealots. Our fleet stays diesel until the sums add up.", "C", "X", "culture-war position and ideological label as the council's view"),
    po("The Home Secretary's latest announcement is frankly shameful and the people of Carrow Vale will not stand for it.", "C", "F", "condemns a national minister's policy in the council's name"),
    po("Great to see the Prime Minister finally talking sense on planning reform – about time someone in Downing Street backed builders over blockers! 🏗️", "S", "L", "praises the PM and adopts a partisan slogan on the planning service page"),
    po("Levelling up, they said. Levelled down more like. Our road budget is half what it was in 2010.", "C", "X", "mocks a national government slogan to blame government"),
    po("Housing Options team here. Honestly the two-child limit is cruel and everyone who works with families knows it. Scrap it now.", "S", "F", "service account campaigning against a national benefit policy"),
    po("Take back control? Of what exactly, the lorry queue at the port? Our trading standards officers have seen the paperwork mountain first hand 🙄", "S", "X", "repurposes a referendum campaign slogan as a sneer"),
    po("Ye cannae run a toon on fresh air, and that's aw the Treasury's sent us this year. Shame on them.", "C", "F", "Scots-voiced corporate post blaming the Treasury"),
    po("We stand with the teachers' strike. Pay them properly, Secretary of State.", "C", "X", "council account taking a side in a national industrial dispute"),
    po("Leftie do-gooders in Whitehall have saddled us with yet more guidance on bin colours. Our crews will carry on regardless.", "S", "X", "ideological label used as an insult by a service account"),
    po("A huge thank you to the Mayor for the bus franchising money – a leader who actually delivers, unlike some in Westminster we could mention.", "C", "L", "praises a regional mayor and sneers at national government"),
    po("Our position as a council is simple: Brexit has been a disaster for every farmer in this district.", "C", "F", "states a contested national political position as the council's view"),
    po("The Levelling Up Secretary says councils are 'wasting money'. Perhaps he'd like to come and empty Brynmawr Terrace's bins himself 😤", "C", "X", "goads a national minister on the corporate account"),
    po("Dear government, fund social care properly or get out of the way. Love, Ashcombe Adult Services ❤️", "S", "I", "service account's partisan demand at national government", role="COMMS_TEAM"),
    po("Gender ideology has no place in our libraries' story-time sessions, and under this council it never will.", "S", "F", "culture-war position stated as the library service's view"),
    po("Broken promises from a broken government. Our Finance Director has laid out the true cost in today's budget papers.", "C", "X", "partisan catch-phrase about the government on a corporate post"),
    po("We're with the campaign: #ScrapTheCap! Ministers, you know what you have to do.", "C", "I", "council account endorsing a national campaign hashtag"),
    po("Yet another U-turn from the Chancellor. You could not make it up. Meanwhile we're the ones explaining it to our residents.", "C", "F", "mocks a national minister's conduct of policy"),
    po("As an employer we're proud to back a four-day week, whatever the dinosaurs on the government benches think.", "C", "L", "contested policy plus insult to MPs on a corporate LinkedIn post"),
    po("Roedd y Prif Weinidog yn anghywir, ac mae pawb yn y sir yn gwybod hynny. Digon yw digon.", "C", "X", "Welsh-language corporate post saying the First Minister was wrong"),
]
