# pre_election: council publicity inside the period (preElection true) that would be fine outside it
CLASS = "pre_election"
PRE = True
ROWS = [
("C", "FB", "Cllr Amanda Fairley, Cabinet Member for Leisure, opened the new splash park today. 'This is what delivering for families looks like,' she said.", "features and quotes a cabinet member during the period"),
("C", "X", "Four years, 1,200 new homes, three new schools. This administration has delivered for Eastbrook. 🏡", "promotes the administration's record during the period"),
("Sc", "LI", "Our Leader, Cllr Tom Hartley, talks about his vision for the next four years of regeneration in our new podcast.", "promotes the leader's future vision during purdah"),
("C", "IG", "Great to see Cllr Priya Nair out with our litter-pickers this morning! 🧤 #CleanStreets", "features a councillor during the period"),
("C", "FB", "We've frozen your council tax for the third year running - the only council in the county to do so. Remember that.", "boasting record with a nudge to voters"),
("Sc", "X", "Controversial decision confirmed: we will close Park Road library in the autumn to fund the new leisure centre.", "controversial announcement during the period"),
("C", "X", "Watch our Leader's video message on how we've turned the council's finances around 👇", "leader promotion in pre-election period"),
("C", "FB", "Thanks to Cllr Joe Mensah, who has fought for this crossing for years, work starts on Monday!", "credits individual councillor during period"),
("Sc", "FB", "Our new Community Champions scheme, the brainchild of Deputy Leader Cllr Sarah Li, launches today.", "credits a named councillor during period"),
("C", "LI", "Proud of our record: 94% of residents satisfied, potholes fixed in 48 hours, and the best recycling rate in the region. Four more years of this, please!", "record promotion with electoral appeal"),
("C", "X", "Cabinet today agreed the controversial 20mph zone across the whole borough. Here's Cllr Ray Dunn on why it matters.", "controversial decision and councillor featured"),
("Sc", "IG", "Meet the councillors behind our award-winning parks! 🌳 Swipe to see Cllrs Lowe, Ahmed and Quinn at the awards night.", "featuring councillors during the period"),
("C", "FB", "Cllr Brenda Oakes has been a tireless champion for Westfield and we're delighted to unveil the plaque in her honour this week.", "honouring a sitting councillor during the period"),
]
