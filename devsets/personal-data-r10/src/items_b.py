# Batch B: business names that look like people, phrases naming a kind of identifier, clean traps.
from common import R
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"

# ---------------- business_name_like_person ----------------
R(D, SV, "business_name_like_person",
  "Well done to Hendry's Bakery in Kinvale, our first five-star food hygiene rating of the year in the town centre!",
  o=[("PERSON_NAME", "Hendry's Bakery")])
R(D, CO, "business_name_like_person",
  "Shop local this Christmas: Morwenna Pascoe Florists, The Fudge Kitchen and Treloar & Daughters Hardware are all taking part in the late-night shopping evening.",
  o=[("PERSON_NAME", "Morwenna Pascoe Florists"), ("PERSON_NAME", "Treloar & Daughters Hardware")])
R(D, SV, "business_name_like_person",
  "School transport update: route 14 to Ysgol Bro Hafren is now run by Dai Price & Sons Coaches. Same times, different colour bus!",
  o=[("PERSON_NAME", "Dai Price & Sons Coaches")])
R(C, SV, "business_name_like_person",
  "Got my tree from Kenny Baird's Farm Shop last year and its still the best. Better than the garden centre ones",
  o=[("PERSON_NAME", "Kenny Baird's Farm Shop")])
R(D, SV, "business_name_like_person",
  "Licensing sub-committee Thursday: variation application from McAllister's Bar, Lisnaree, to extend hours on Friday and Saturday.",
  o=[("PERSON_NAME", "McAllister's Bar")])
R(D, CO, "business_name_like_person",
  "The Ellen Tully Hospice tree of light returns to the market square on Sunday. Donations go straight to hospice care at home.",
  o=[("PERSON_NAME", "Ellen Tully Hospice")])
R(Y, SV, "business_name_like_person",
  "Hi there, the skip on the verge belongs to Gareth Rowlands Skip Hire, who hold a valid permit until the 20th. We've asked them to add lights. ^Bethan",
  o=[("PERSON_NAME", "Gareth Rowlands Skip Hire")])
R(D, SV, "business_name_like_person",
  "New contract! Grounds maintenance at our cemeteries will be carried out by Fergus Nairn Landscapes from April.",
  o=[("PERSON_NAME", "Fergus Nairn Landscapes")])
R(C, CO, "business_name_like_person",
  "Nana Bea's Tearoom on the prom does a pensioners lunch on a wednesday for £4, worth a share",
  o=[("PERSON_NAME", "Nana Bea's Tearoom")])
R(D, SV, "business_name_like_person",
  "Small Business Saturday: we popped in to Ruby Okafor Hair & Beauty and Abernethy's Butchers to hear what the new parking charges mean for them.",
  o=[("PERSON_NAME", "Ruby Okafor Hair & Beauty"), ("PERSON_NAME", "Abernethy's Butchers")])
R(D, SV, "business_name_like_person",
  "Cafodd Siop Elin ei henwi'n Fusnes Bach y Flwyddyn Glanrhyd. Llongyfarchiadau mawr!",
  o=[("PERSON_NAME", "Siop Elin")])
R(D, CL, "business_name_like_person",
  "Delighted the Agnes Rutherford Trust has agreed to take over the old library building as a community hub. A great outcome for Eastfield.",
  o=[("PERSON_NAME", "Agnes Rutherford Trust")])
R(C, SV, "business_name_like_person",
  "Gwilym Jones Butchers have had their sausages recalled?? Is that right or is that a wind up",
  o=[("PERSON_NAME", "Gwilym Jones Butchers")])
R(D, SV, "business_name_like_person",
  "Planning approved: change of use at 4 Castle Wynd from bank to restaurant for Rossi's Trattoria.",
  o=[("PERSON_NAME", "Rossi's Trattoria")])
R(Y, SV, "business_name_like_person",
  "Morning, the repairs on your block have been subcontracted to Pat Keenan Roofing. They'll be on site from Tuesday, weather permitting.",
  o=[("PERSON_NAME", "Pat Keenan Roofing")])
R(D, SV, "business_name_like_person",
  "Christmas opening: Harrowdene Market is open every day to the 24th, and Auntie Pam's Sweet Shop is running a free grotto for under-5s.",
  o=[("PERSON_NAME", "Auntie Pam's Sweet Shop")])
R(D, SV, "business_name_like_person",
  "Thank you to Nisbet & Laird Solicitors for sponsoring this year's Kinvale Christmas lights.",
  o=[("PERSON_NAME", "Nisbet & Laird Solicitors")])
R(C, SV, "business_name_like_person",
  "Old Tom Purdie's Chippy is the only place open after 9 round here, put a bin outside it for gods sake",
  o=[("PERSON_NAME", "Old Tom Purdie's Chippy")])
R(D, SV, "business_name_like_person",
  "Food alert: undeclared peanut in a batch of Mrs Gilchrist's Tablet sold at craft fairs. Best before 03/2027. Don't eat it if you have a peanut allergy.",
  o=[("PERSON_NAME", "Mrs Gilchrist's Tablet")])
R(D, CO, "business_name_like_person",
  "Meet the businesses in our new Enterprise Hub: Sunita Rao Accountancy, Evie & Cole Designs and Big Mal's Bike Repairs.",
  o=[("PERSON_NAME", "Sunita Rao Accountancy"), ("PERSON_NAME", "Evie & Cole Designs"), ("PERSON_NAME", "Big Mal's Bike Repairs")])
R(D, SV, "business_name_like_person",
  "Home care provider update: clients of Bernadette Quinn Care Services will transfer to our in-house reablement team from 1 February.",
  o=[("PERSON_NAME", "Bernadette Quinn Care Services")])
R(Y, CO, "business_name_like_person",
  "Thanks for asking! The mural on the side of the station was painted by Jonah Adeyemi Studio as part of the arts trail.",
  o=[("PERSON_NAME", "Jonah Adeyemi Studio")])
R(D, SV, "business_name_like_person",
  "The Maisie Fairbairn Memorial Fund is offering grants of up to £500 to young people from Strathkinvale starting apprenticeships.",
  o=[("PERSON_NAME", "Maisie Fairbairn Memorial Fund")])
R(C, CO, "business_name_like_person",
  "Dessie Mulholland Motors on the Drumcarrow road do cheap MOTs if anyone's looking",
  o=[("PERSON_NAME", "Dessie Mulholland Motors")])

# ---------------- identifier_kind_phrase ----------------
R(D, SV, "identifier_kind_phrase",
  "Applying for a Council Tax Reduction online? Have your National Insurance number, your last two payslips and your landlord's details to hand before you start.")
R(D, SV, "identifier_kind_phrase",
  "To book a flu jab through the NHS app you'll need your NHS number. It's a 10-digit number on any letter from your GP.")
R(Y, SV, "identifier_kind_phrase",
  "Hi there, please don't share your card number with anyone who messages you claiming to be us. We never ask for payment details through social media.")
R(D, SV, "identifier_kind_phrase",
  "Paying a parking fine? You'll need the PCN number and your vehicle registration. Never enter your driving licence number on a payment page.")
R(D, SV, "identifier_kind_phrase",
  "Registering to vote takes five minutes. You'll be asked for your date of birth and National Insurance number; if you don't have one, you can still apply.")
R(C, SV, "identifier_kind_phrase",
  "Why does the bin app want my postcode AND my email? Seems a lot just to find out which day is green bin day")
R(D, SV, "identifier_kind_phrase",
  "Direct Debit for your garden waste subscription: you'll need your sort code and account number, and the 8-digit subscription reference from your renewal letter.")
R(Y, SV, "identifier_kind_phrase",
  "Sorry for the confusion. The 'customer number' on the screen is your Council Tax account number — it's at the top right of your bill.")
R(D, SV, "identifier_kind_phrase",
  "Rhowch eich rhif Yswiriant Gwladol a'ch dyddiad geni wrth wneud cais am y grant tanwydd gaeaf.")
R(D, CO, "identifier_kind_phrase",
  "Scam warning: fraudsters are texting residents asking them to 'confirm their NI number and bank details' for a council tax rebate. We would never do this.")
R(C, CO, "identifier_kind_phrase",
  "do you need a passport number to get a resident parking permit or will a driving licence do? the form doesnt say")
R(Y, SV, "identifier_kind_phrase",
  "Good question! For the permit you can use either your driving licence or your V5C logbook — you'll type in the licence number or the document reference.")
R(D, SV, "identifier_kind_phrase",
  "Blue Badge renewals: upload a photo and give us your NI number, or your date of birth and postcode if you don't have one to hand.")
R(D, SV, "identifier_kind_phrase",
  "Tip: your UPRN (Unique Property Reference Number) appears on the new bin calendar. The app asks for it the first time you log in.")
R(C, SV, "identifier_kind_phrase",
  "It asked me for my NHS number to book the carers assessment and i havent a clue what it is. Where do you even find that")
R(Y, SV, "identifier_kind_phrase",
  "You'll find your NHS number on a prescription, a hospital letter or in the NHS App. Your GP surgery can also tell you if you take ID along.")
R(D, SV, "identifier_kind_phrase",
  "Free school meals: the online form checks your eligibility automatically using your National Insurance number or NASS number. It's quicker than the paper form.")
R(D, SV, "identifier_kind_phrase",
  "Renewing your taxi licence? Your DVLA check code and driving licence number are both needed, along with the DBS certificate number.")
R(D, CO, "identifier_kind_phrase",
  "When you call us about a payment, we'll ask for the first line of your address and your postcode. We'll never ask for your full card number or PIN on the phone.")
R(C, SV, "identifier_kind_phrase",
  "put my reg number in the parking app three times and it still says not recognised!!!")
R(D, SV, "identifier_kind_phrase",
  "Cuir a-steach do chòd-puist agus àireamh an taighe gus faighinn a-mach cuin a thèid do bhiona a thogail. Enter your postcode and house number to see your collection day.")
R(Y, CO, "identifier_kind_phrase",
  "Hiya, for security we can't discuss an account here. Please send us a private message with just an email address we can contact you on.")
R(D, SV, "identifier_kind_phrase",
  "Housing register: bring proof of ID (passport or birth certificate) and something showing your National Insurance number when you come for your appointment.")

# ---------------- clean ----------------
R(D, CL, "clean",
  "Great to join the Mayor, Cllr Aled Pritchard, and our MP, Sian Morgan-Hale, at the switch-on of the Glanrhyd lights tonight.")
R(D, SV, "clean",
  "Resurfacing on Keir Hardie Avenue starts Monday 8am. Expect a full closure between Station Road and Elm Grove for five nights.")
R(D, SV, "clean",
  "Gwaith ffordd: bydd Heol Dewi Sant ar gau rhwng 9am a 4pm ddydd Mawrth. Roadworks: Heol Dewi Sant closed 9am–4pm Tuesday.")
R(D, CO, "clean",
  "Our Director of Public Health, Dr Ama Owusu, explains why cases of norovirus are rising and how to stop them spreading.")
R(C, CL, "clean",
  "Cllr Fitzgerald you promised us a crossing on Florence Nightingale Way two years ago. Still waiting.")
R(D, SV, "clean",
  "Gritters are out on all priority routes tonight including the A939 over to Tomnaval and the B-road through Glen Corran.")
R(D, CO, "clean",
  "The statue of Sir Walter Carrick, the mill owner who founded the town's first school in 1852, has been cleaned and returned to Carrick Square.")
R(D, SV, "clean",
  "Bin collections for Ballycrone, Tullynure and Derrymore move from Friday to Saturday this week only because of the holiday.")
R(D, SV, "clean",
  "Well done to PCSO Harris and our neighbourhood wardens for the Christmas safety talks at the sheltered schemes this week.")
R(C, SV, "clean",
  "Another pothole on Victoria Road outside the chippy. Nearly lost a wheel. Is anyone ever going to fill these??")
R(D, SV, "clean",
  "Sràid a' Chaisteil will be closed for the Hogmanay ceilidh from 8pm. Diversions via Rathad an Uillt.")
R(D, CO, "clean",
  "Leader of the Council, Cllr Priya Basu, and Chief Executive Mark Oduya today signed the new climate pledge with the county's schools.")
R(Y, SV, "clean",
  "Thanks for letting us know. Our team will check the lights on Ladysmith Terrace tonight and fix any that are out. - Kirsty, Customer Services")
R(D, SV, "clean",
  "Lost dog found on the seafront — a brown spaniel answering to Biscuit. She's safe at the kennels; owners can call in with proof.")
R(C, CO, "clean",
  "Why is the council wasting money on a new sign for Lloyd George Park when the toilets there are shut",
  )
R(D, SV, "clean",
  "Case 26/00418/ENF: the enforcement notice on the caravan site at Pennycross has been complied with and the case is closed.")
R(D, SV, "clean",
  "Our crossing patrol on Mill Brae, Mrs Dorothy Kerr, retires this week after 31 years. Thank you, Dorothy, from all the families you kept safe!")
R(D, CL, "clean",
  "Surgery this Saturday 10–12 at Eastfield library. Cllr Joanne Weir and I will be there, no appointment needed.")
R(C, SV, "clean",
  "Station Road, Kirk Road and half of Main Street all flooded again this morning. Drains need clearing before anything else.")
R(D, SV, "clean",
  "Llongyfarchiadau i Ysgol Gymraeg Bryn Derw ar ennill gwobr Eco-Sgolion y Faner Werdd!")
R(D, SV, "clean",
  "Lost property handed in at Harrowdene Library this week: three umbrellas, a single black glove and a set of keys on a Leeds United lanyard.")
R(D, CO, "clean",
  "Remembering Lady Margaret Dunmore, who gave the park to the people of Kinvale in 1921. The park celebrates its centenary of public use this year.")
R(C, SV, "clean",
  "the lights on wilberforce street have been out for a week, its pitch black walking home from the bus")
R(D, SV, "clean",
  "Tree works at Churchill Close and Nelson Mandela Gardens this week. Parking suspended between 8am and 3pm on both streets.")
R(D, SV, "clean",
  "Emergency repairs to the sea wall at Porthgwyn will continue through January. The coast path between Porthgwyn and St Ives Bay car park stays closed.")
R(Y, SV, "clean",
  "Hiya, sorry about that. The crew missed the whole of Elm Crescent on Tuesday due to a breakdown. They'll be back first thing tomorrow.")
R(D, CL, "clean",
  "Thanks to our local sergeant, Sgt Ruth Boyle, and the team at Lisnaree station for the update on antisocial behaviour at the bus depot.")
R(C, CL, "clean",
  "You lot are all the same. Voted for you last time Cllr Hughes and not again")
R(D, SV, "clean",
  "The Mayor's Christmas Appeal raised £14,820 for the food banks of Harrowdene, Thornby and Lower Ashcott. Thank you all.")
R(D, SV, "clean",
  "Planning committee agenda published: items include 12 houses at Glebe Farm, Thornby, and a telecoms mast on Queen Elizabeth Drive.")
R(D, SV, "clean",
  "Heol Llewelyn a Stryd Fawr: bydd y ddwy stryd yn unffordd o 6 Ionawr. Both streets become one-way from 6 January.")
R(C, SV, "clean",
  "Thank you to the bin men who came back for ours, they didnt have to and they did. Top lads")
R(D, SV, "clean",
  "Our new Head of Housing, Caroline Mbeki, will be answering your questions live on Thursday at 6pm. Drop them in the comments.")
R(D, SV, "clean",
  "Grass verge cutting on Princess Diana Way and around the roundabout at Gorse Hill is now finished for the season.")
R(C, CO, "clean",
  "I've lived in Drumcarrow 40 years and never seen the Main Street this bad. Half the shops are empty")
R(D, SV, "clean",
  "Cemetery gates at Craigmore and Old Kilbride will close at 3.30pm through December because of the early dark.")
R(D, CO, "clean",
  "Burns Night supper at the Town Hall on 25 January, hosted by Provost Isla Crombie. Tickets £18 from the box office.")
R(Y, SV, "clean",
  "Thanks for the photo. The bus stop on Admiral Way is due to be replaced in February as part of the corridor scheme.")
R(C, SV, "clean",
  "Parking on the pavement up Cromwell Road every school run is getting dangerous. Someone's going to get hurt")
R(D, SV, "clean",
  "Theatr y Dref yn cyflwyno 'Sinderela' o 12 Rhagfyr. Tocynnau ar gael ar-lein neu yn y swyddfa docynnau.")
R(D, SV, "clean",
  "Dog fouling patrols have been stepped up around Hawthorn Way play park and the Riverside path after complaints.")
R(D, CL, "clean",
  "Met with officers from Highways and our Head of Environment, Tom Ashworth, to walk the flooded section of Moor Lane. Works costed and approved.")
R(C, SV, "clean",
  "Whoever decided to shut the tip on a Sunday needs their head looked at. Fly tipping up the lanes round Thornby will go through the roof")
R(D, SV, "clean",
  "Winter opening hours for Gala Water Leisure Pool: 7am to 8pm weekdays, 8am to 4pm weekends.")
R(D, SV, "clean",
  "Polling day is Thursday 14 January for the Kirkhill ward by-election. Polls open 7am–10pm.")
R(C, CO, "clean",
  "Just want to say the lady in the library yesterday was so patient with my dad and his bus pass. Credit to the council")
R(D, SV, "clean",
  "Road closure: Wellington Street (between Queen Street and Victoria Road) for a crane lift on Sunday, 6am to 6pm.")
R(D, SV, "clean",
  "This week's food hygiene ratings: 14 premises inspected in Castle Ferry and Tynebrook, 11 rated 5, 2 rated 4, 1 rated 2.")
R(C, SV, "clean",
  "Cromwell Rd, Nelson St and the top of Chapel Hill still havent been gritted and its like an ice rink")
R(D, CO, "clean",
  "Tribute: the flag at Tanner House flies at half mast today in memory of former Mayor and long-serving councillor Edna Pryce.")
R(D, SV, "clean",
  "Meet Nessie, our new detection dog! She'll be helping Trading Standards find illegal tobacco hidden in shops across the county.")
R(C, CL, "clean",
  "Spot on councillor. Flooding on Moor Lane has been a joke for years, glad someone's finally listening")
