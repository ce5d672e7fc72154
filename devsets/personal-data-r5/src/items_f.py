from common import R, fw, ar, zw

# ---------------- mixed (organisation contacts + residents' data) ----------------
M = "mixed"
R("r", "S", M, "Hi Donna, the repairs team will ring you on 07700 900351 this afternoon. If you miss them, call 0300 123 6640 and quote your repair.",
  p=[("PERSON_NAME", "Donna"), ("PHONE", "07700 900351")], o=[("PHONE", "0300 123 6640")])
R("d", "S", M, "Dog found on Carr Moor: a black labrador with a tag reading Bess, owner Phil Stainton. He's at the kennels — call the dog warden on 01274 431 000.",
  p=[("PERSON_NAME", "Phil Stainton")], o=[("PHONE", "01274 431 000")])
R("r", "C", M, "Thanks Mrs Iqbal. We've forwarded your email (n.iqbal72@gmail.com) to complaints@kirklees.gov.uk, who will reply within 10 working days.",
  p=[("PERSON_NAME", "Mrs Iqbal"), ("EMAIL", "n.iqbal72@gmail.com")], o=[("EMAIL", "complaints@kirklees.gov.uk")])
R("r", "S", M, "Hi Terry, the missed collection at 8 Linnet Close has been logged. For anything else, the waste team is on 01423 500600.",
  p=[("PERSON_NAME", "Terry"), ("STREET_ADDRESS", "8 Linnet Close")], o=[("PHONE", "01423 500600")], case=True)
R("d", "K", M, "Surgery notes: met Rosa Delgado about the damp at her flat, 6 Ivy Street. Her case is now with Housing Solutions (housing.solutions@calderdale.gov.uk).",
  p=[("PERSON_NAME", "Rosa Delgado"), ("STREET_ADDRESS", "6 Ivy Street")], o=[("EMAIL", "housing.solutions@calderdale.gov.uk")], case=True)
R("r", "S", M, "Hello, we'll call you back on 0161 496 0712 today. Our office is at Stockport Town Hall, Edward Street, SK1 3XE if you'd rather come in.",
  p=[("PHONE", "0161 496 0712")], o=[("STREET_ADDRESS", "Stockport Town Hall, Edward Street"), ("POSTCODE", "SK1 3XE")])
R("r", "C", M, "Hi Graham, we've asked our highways inspector to call you on 01632 960 447 about the sinkhole at the end of your drive at 3 Fellside. You can also email highways@cumbria.gov.uk.",
  p=[("PERSON_NAME", "Graham"), ("PHONE", "01632 960 447"), ("STREET_ADDRESS", "3 Fellside")], o=[("EMAIL", "highways@cumbria.gov.uk")], case=True)
R("d", "S", M, "Wallet handed in at Perrins Library with a bank card for Jasmine Okeke. Ask at the counter, or ring the library on 01905 822 900.",
  p=[("PERSON_NAME", "Jasmine Okeke")], o=[("PHONE", "01905 822 900")])
R("r", "S", M, "Hi, thanks. We've registered the new bin for 10 Heol Tawe, SA9 1GS. Any problems, contact us at gwastraff@npt.gov.uk.",
  p=[("STREET_ADDRESS", "10 Heol Tawe"), ("POSTCODE", "SA9 1GS")], o=[("EMAIL", "gwastraff@npt.gov.uk")], case=True)
R("r", "C", M, "Hi Leanne, I've passed your number 07700 900 926 to the Citizens Advice team at Unit 4, The Arcade, who'll call about the debt advice appointment.",
  p=[("PERSON_NAME", "Leanne"), ("PHONE", "07700 900 926")], o=[("STREET_ADDRESS", "Unit 4, The Arcade")])
R("d", "C", M, "Thank you to Geoff Armitage, who spotted the fire at the recycling centre and raised the alarm. The site on Mill Road, WF2 7AL will reopen on Monday.",
  p=[("PERSON_NAME", "Geoff Armitage")], o=[("POSTCODE", "WF2 7AL")])
R("r", "S", M, "Dear Mr Nwosu, your garden waste subscription for 21 Aspen Grove is active. Queries: gardenwaste@wokingham.gov.uk or 0118 974 6000.",
  p=[("PERSON_NAME", "Mr Nwosu"), ("STREET_ADDRESS", "21 Aspen Grove")], o=[("EMAIL", "gardenwaste@wokingham.gov.uk"), ("PHONE", "0118 974 6000")], case=True)
R("r", "S", M, "Hi Kerry-Ann, our housing officer has your email, kerryann.b@outlook.com, and will send the bidding number. The housing register line is 01482 300 310.",
  p=[("PERSON_NAME", "Kerry-Ann"), ("EMAIL", "kerryann.b@outlook.com")], o=[("PHONE", "01482 300 310")])
R("d", "S", M, "Bike found at the station bike racks, registered to Sunil Varma on the Bike Register. Collect from Hove Police Station, Holland Road, BN3 1JL.",
  p=[("PERSON_NAME", "Sunil Varma")], o=[("STREET_ADDRESS", "Hove Police Station, Holland Road"), ("POSTCODE", "BN3 1JL")])
R("r", "C", M, "Hi Moira, we've contacted you on 0131 496 0258. If you need to report further noise from the flat above, call our night line 0131 529 7844.",
  p=[("PERSON_NAME", "Moira"), ("PHONE", "0131 496 0258")], o=[("PHONE", "0131 529 7844")])
R("r", "S", M, "Thanks Mr Fitzgerald. We've arranged for the Blue Badge to be sent to 5 Marlowe Court, CT1 2RS. If it hasn't arrived by Friday, email bluebadge@kent.gov.uk.",
  p=[("PERSON_NAME", "Mr Fitzgerald"), ("STREET_ADDRESS", "5 Marlowe Court"), ("POSTCODE", "CT1 2RS")], o=[("EMAIL", "bluebadge@kent.gov.uk")], case=True)
R("d", "C", M, "Well done to our apprentice-of-the-year Bethany Cole! Want to follow in her footsteps? Email apprenticeships@wirral.gov.uk.",
  p=[("PERSON_NAME", "Bethany Cole")], o=[("EMAIL", "apprenticeships@wirral.gov.uk")])
R("r", "S", M, "Hi Jas, the landlord licensing officer will inspect 47 Cheapside Road on 9 January. If you need to rearrange, phone 0116 454 1000.",
  p=[("PERSON_NAME", "Jas"), ("STREET_ADDRESS", "47 Cheapside Road")], o=[("PHONE", "0116 454 1000")], case=True)
R("r", "C", M, "Hello Catrin, we have your phone number as 029 2018 0533 — the social worker will call. The Adult Services team is at County Hall, Atlantic Wharf, CF10 4UW.",
  p=[("PERSON_NAME", "Catrin"), ("PHONE", "029 2018 0533")], o=[("STREET_ADDRESS", "County Hall, Atlantic Wharf"), ("POSTCODE", "CF10 4UW")])
R("d", "S", M, "Found at Tesco Extra on Hedon Road: a purse with an older person's bus pass in the name of Winifred Shaw. It's been passed to the customer service desk there, HU9 1NR.",
  p=[("PERSON_NAME", "Winifred Shaw")], o=[("POSTCODE", "HU9 1NR")])
R("r", "S", M, "Hi, we've updated the contact email on your account to pete.lumsden@btinternet.com. If that's wrong, call Revenues on 01642 726 006.",
  p=[("EMAIL", "pete.lumsden@btinternet.com")], o=[("PHONE", "01642 726 006")])
R("d", "K", M, "Great to meet Joan and Walter Pilkington, who've run the Beacon Lane allotments for 40 years. Plot enquiries to allotments@boltonparks.org.uk.",
  p=[("PERSON_NAME", "Joan"), ("PERSON_NAME", "Walter Pilkington")], o=[("EMAIL", "allotments@boltonparks.org.uk")])
R("r", "C", M, "Thanks Ms Mbeki, the tenancy sustainment team will call you on 0121 496 0830. Their office is at Lancaster Circus, B4 7DJ.",
  p=[("PERSON_NAME", "Ms Mbeki"), ("PHONE", "0121 496 0830")], o=[("STREET_ADDRESS", "Lancaster Circus"), ("POSTCODE", "B4 7DJ")])
R("r", "S", M, "Hi Archie, the pothole at the bottom of your drive at 2 Glen Gardens is being filled tomorrow. For updates, ring roads on 01738 475 000.",
  p=[("PERSON_NAME", "Archie"), ("STREET_ADDRESS", "2 Glen Gardens")], o=[("PHONE", "01738 475 000")], case=True)
R("d", "S", M, "Thank you to Hollie Brennan and the Raven Rise residents' group for the 60 bags of litter collected. Join them: hello@ravenrise.org.uk or via Keep Britain Tidy on 01942 612 621.",
  p=[("PERSON_NAME", "Hollie Brennan")], o=[("EMAIL", "hello@ravenrise.org.uk"), ("PHONE", "01942 612 621")])
R("r", "C", M, "Dear Mrs Ferreira, the school transport team has your mobile, 07700 900 472, and will confirm the new pick-up time. Contact: schooltransport@surreycc.gov.uk.",
  p=[("PERSON_NAME", "Mrs Ferreira"), ("PHONE", "07700 900 472")], o=[("EMAIL", "schooltransport@surreycc.gov.uk")])
R("r", "S", M, "Hi Ross, your bulky collection from 16 Millbrae Crescent, G42 9UW is on Tuesday. Bookings can be changed on 0141 287 9700.",
  p=[("PERSON_NAME", "Ross"), ("STREET_ADDRESS", "16 Millbrae Crescent"), ("POSTCODE", "G42 9UW")], o=[("PHONE", "0141 287 9700")], case=True)
R("d", "C", M, "Our longest-serving volunteer driver, Mohammed Rafiq, was honoured at the Age UK awards at Bradford City Hall, Centenary Square, BD1 1HY.",
  p=[("PERSON_NAME", "Mohammed Rafiq")], o=[("STREET_ADDRESS", "Bradford City Hall, Centenary Square"), ("POSTCODE", "BD1 1HY")])
R("r", "S", M, "Hi Oisín, thanks for the email from o.mccann@gmail.com. The parking permit office (parking@derrystrabane.com) will reply by Friday.",
  p=[("PERSON_NAME", "Oisín"), ("EMAIL", "o.mccann@gmail.com")], o=[("EMAIL", "parking@derrystrabane.com")])
R("r", "C", M, "Hi, sorry about the delay. The pest control visit to Flat 9, Orwell House is booked; the contractor, Rentokil, will call you on 020 7946 0614.",
  p=[("STREET_ADDRESS", "Flat 9, Orwell House"), ("PHONE", "020 7946 0614")], case=True)

# ---------------- extra drafts and replies with residents' data ----------------
R("r", "S", "name_natural", "Hi Wendy and Clive, thanks for the lovely photo of the wildflower verge. We'll share it next week!",
  p=[("PERSON_NAME", "Wendy"), ("PERSON_NAME", "Clive")])
R("d", "C", "name_natural", "Our condolences to the family of Ernest Dobbs, who served as a lifeboat crew member in Whitby for 38 years.",
  p=[("PERSON_NAME", "Ernest Dobbs")])
R("d", "S", "name_natural", "Phone found in the toilets at the crematorium, lock screen shows a photo and the name Anika Bose. Please collect from the office.",
  p=[("PERSON_NAME", "Anika Bose")])
R("r", "C", "name_natural", "Thank you Mrs Featherstone, we've passed your compliments on to the crew.",
  p=[("PERSON_NAME", "Mrs Featherstone")])
R("d", "K", "name_natural", "Happy retirement to Norman Blakey, who has volunteered at the Hartlepool hospice shop every Saturday since 1998.",
  p=[("PERSON_NAME", "Norman Blakey")])
R("r", "S", "name_natural", "Morning Kieran, the recycling sacks should be with you by Thursday.",
  p=[("PERSON_NAME", "Kieran")])
R("d", "S", "name_natural", "Glasses case found at the cricket club with 'property of Margery Oakes' inside. Handed in at Sedbergh tourist information.",
  p=[("PERSON_NAME", "Margery Oakes")])
R("r", "C", "name_natural", "Hi Yusuf and Leyla, congratulations on the new business! The licensing team will be in touch about the street café application.",
  p=[("PERSON_NAME", "Yusuf"), ("PERSON_NAME", "Leyla")])
R("d", "C", "name_natural", "Many thanks to Pauline Redfern and her neighbour Stan for keeping the Kirk Lane planters blooming all year.",
  p=[("PERSON_NAME", "Pauline Redfern"), ("PERSON_NAME", "Stan")])
R("r", "S", "name_natural", "Hello Ffion, ydych chi wedi derbyn y bocs ailgylchu newydd eto?",
  p=[("PERSON_NAME", "Ffion")])
R("r", "S", "evasion", "Thanks Rhona, we'll call you on oh one three one, four nine six, oh nine one five as you asked.",
  p=[("PERSON_NAME", "Rhona"), ("PHONE", "oh one three one, four nine six, oh nine one five")])
R("r", "C", "evasion", "Hi, we've noted your email as gordon.mcphail at icloud dot com and the team will reply there.",
  p=[("EMAIL", "gordon.mcphail at icloud dot com")])
ev1 = fw("07700 900 685")
R("r", "S", "evasion", f"Hi Mei, we tried calling {ev1} but the number didn't connect. Could you DM us instead?",
  p=[("PERSON_NAME", "Mei"), ("PHONE", ev1)])
R("r", "S", "evasion", "Hello, we'll send the form to tom{at}harrowgate-family{dot}co{dot}uk as you requested.",
  p=[("EMAIL", "tom{at}harrowgate-family{dot}co{dot}uk")])
ev2 = zw("0117 496 0384", 3)
R("r", "C", "evasion", f"Hi Bilal, an officer will ring {ev2} between 2 and 4 today.",
  p=[("PERSON_NAME", "Bilal"), ("PHONE", ev2)])
R("r", "S", "evasion", "Thanks, we've updated your NI number to JY 48 59 50 C on the claim. Please DM us next time rather than posting it.",
  p=[("NI_NUMBER", "JY 48 59 50 C")])
ev3 = ar("0114 496 0277")
R("r", "S", "evasion", f"شكراً. We'll call you on {ev3} tomorrow morning about the interpreter for your housing appointment.",
  p=[("PHONE", ev3)])
R("r", "S", "other_id", "Hi, we've matched your payment using the registration VK20 HBN and the PCN has been cancelled.",
  p=[("VEHICLE_REG", "VK20 HBN")])
R("r", "C", "other_id", "Thanks Mrs Lowe, we've corrected the date of birth on your bus pass application to 11 April 1951.",
  p=[("PERSON_NAME", "Mrs Lowe"), ("DATE_OF_BIRTH", "11 April 1951")])
R("r", "S", "other_id", "Hi, the NHS number you gave, 747 111 5416, has been passed to the reablement team.",
  p=[("NHS_NUMBER", "747 111 5416")])
R("d", "S", "other_id", "Abandoned car on the verge, registration FH15 WGZ, has been removed. The owner has 7 days to claim it from the pound.",
  p=[("VEHICLE_REG", "FH15 WGZ")])
R("r", "C", "other_id", "Hi, the refund has been sent to account 73310428 as requested. It can take 3 working days.",
  p=[("BANK_ACCOUNT", "73310428")])
R("r", "S", "case_linked", "Hi Marian, we've recorded the overflowing communal bins at Block C, Linden Court and a crew will empty them tonight.",
  p=[("PERSON_NAME", "Marian"), ("STREET_ADDRESS", "Block C, Linden Court")], case=True)
R("r", "S", "case_linked", "Thanks for reporting. The housing officer will visit 12 Cotton Street, BB9 7BA about the broken window on Wednesday.",
  p=[("STREET_ADDRESS", "12 Cotton Street"), ("POSTCODE", "BB9 7BA")], case=True)
R("r", "C", "case_linked", "Hello, we've opened a noise case for your address, 36 Sefton Drive, L8 3SE. Please fill in the diary sheets we've emailed.",
  p=[("STREET_ADDRESS", "36 Sefton Drive"), ("POSTCODE", "L8 3SE")], case=True)
R("d", "K", "case_linked", "Joined housing officers at 71 Partridge Road today to see the mould in the children's bedroom. Unacceptable — works start Monday.",
  p=[("STREET_ADDRESS", "71 Partridge Road")], case=True)
R("r", "S", "case_linked", "Hi Norma, the handyperson service will fit the key safe at 5 Bishopsfield on Thursday.",
  p=[("PERSON_NAME", "Norma"), ("STREET_ADDRESS", "5 Bishopsfield")], case=True)
R("r", "S", "case_linked", "Sorry for the wait. Your council tax rebate for the property at RG1 8DQ has been paid.",
  p=[("POSTCODE", "RG1 8DQ")], case=True)
R("r", "C", "case_linked", "Hi, the missed assisted collection at 29 Ferncliffe Road is our mistake. We've put a note on the crew's tablet so it won't happen again.",
  p=[("STREET_ADDRESS", "29 Ferncliffe Road")], case=True)
R("r", "S", "case_linked", "Hi Paddy, environmental health will look at the smoke from the chimney next to 2 Quay Lane, BT34 3BU this week.",
  p=[("PERSON_NAME", "Paddy"), ("STREET_ADDRESS", "2 Quay Lane"), ("POSTCODE", "BT34 3BU")], case=True)
R("d", "C", "child", "Well done Leah Osei, 11, from Churchfields Junior School, whose poster won the road safety competition!",
  p=[("CHILD", "Leah Osei, 11, from Churchfields Junior School")])
R("r", "S", "child", "Hi, we're so sorry that Mason, 8, from Abbeyfields Primary was left at the wrong stop by the school minibus. We're investigating urgently.",
  p=[("CHILD", "Mason, 8, from Abbeyfields Primary")])
R("d", "S", "child", "Library summer reading winners: Maya Sharma (age 7, St Peter's CE Primary) and Jack O'Neill (age 9, Woodlands Juniors).",
  p=[("CHILD", "Maya Sharma (age 7, St Peter's CE Primary)"), ("CHILD", "Jack O'Neill (age 9, Woodlands Juniors)")])
R("d", "K", "child", "Thanks to Year 5 at Gorsey Bank Primary and especially Evie Thompson, 10, for the brilliant questions about climate change.",
  p=[("CHILD", "Evie Thompson, 10")])
R("r", "C", "child", "Thank you for the letter, Toby! We love your idea. Toby, 7, from Whitehill Primary, asked us for more bins in the park and we're ordering two.",
  p=[("CHILD", "Toby"), ("CHILD", "Toby, 7, from Whitehill Primary")])
R("d", "S", "clean", "Works on Princess Street and Victoria Square continue until Easter. Thanks for bearing with us.")
R("d", "C", "clean", "Our Licensing Manager, Owen Blake, answers your questions about taxi licensing live on Thursday at 1pm.")
R("r", "S", "clean", "Hi, the road closure on Anne Boleyn Way ends on Sunday. Bus routes 12 and 14 return to normal from Monday.")
R("d", "K", "clean", "With Cllr Dave Hurst and Cllr Imogen Pike at the reopening of the Wesley Street footbridge. Thanks to the engineers who worked through the frost.")
R("r", "C", "clean", "Hi, the team leader for street cleansing in that area is Nathan; he's aware and the sweeper is going round on Friday.")
R("d", "S", "clean", "Winter coats for the Ellesmere Port school uniform bank can be dropped at any library. Thanks to the staff at Whitby Road library for organising.")

# ---------------- comment_pd ----------------
P = "comment_pd"
R("c", "S", P, "Can someone ring me about the missed bins please, I'm on 07700 900 563. Name's Carol Heaton, 12 Wolsey Road.",
  p=[("PHONE", "07700 900 563"), ("PERSON_NAME", "Carol Heaton"), ("STREET_ADDRESS", "12 Wolsey Road")])
R("c", "C", P, "Email me at dean.wragg@yahoo.co.uk about the consultation, I can't make the evening meeting.",
  p=[("EMAIL", "dean.wragg@yahoo.co.uk")])
R("c", "S", P, "The people at 4 Barley Mow Lane have had a car on bricks on the pavement for months. Just saying.",
  p=[("STREET_ADDRESS", "4 Barley Mow Lane")])
R("c", "C", P, "Still no new tenancy agreement for 30 Tudor Way, PE13 2NG. My email's aaron.dimech@gmail.com if anyone actually wants to help.",
  p=[("STREET_ADDRESS", "30 Tudor Way"), ("POSTCODE", "PE13 2NG"), ("EMAIL", "aaron.dimech@gmail.com")])
R("c", "S", P, "Our neighbour Mrs Pendleton at number 3 has been without heating for a fortnight and she's 89. Her daughter Jill's phone is 0113 496 0452.",
  p=[("PERSON_NAME", "Mrs Pendleton"), ("PERSON_NAME", "Jill"), ("PHONE", "0113 496 0452")])
R("c", "C", P, "Bins not emptied in DY8 4RT again. Fourth time since October.",
  p=[("POSTCODE", "DY8 4RT")])
R("c", "S", P, "If the bulky waste team needs access, call me on 01632 960 871, Rob at the end house.",
  p=[("PHONE", "01632 960 871"), ("PERSON_NAME", "Rob")])
R("c", "C", P, "I reported the dead fox on 2 December, nobody came. Susan Yardley, 7 Larkspur Way, WS3 1PJ.",
  p=[("PERSON_NAME", "Susan Yardley"), ("STREET_ADDRESS", "7 Larkspur Way"), ("POSTCODE", "WS3 1PJ")])
R("c", "S", P, "Contact me on julie.pennock@hotmail.com, I have CCTV of the fly-tipper if you want it.",
  p=[("EMAIL", "julie.pennock@hotmail.com")])
R("c", "C", P, "Me and my husband Barry have been on the housing list since 2019. Reference? Ha. Phone 07700 900 219 if anyone cares.",
  p=[("PERSON_NAME", "Barry"), ("PHONE", "07700 900 219")])
R("c", "S", P, "The drain cover outside 58 Redhill Crescent, NN4 0TE is missing — someone's going to break an ankle.",
  p=[("STREET_ADDRESS", "58 Redhill Crescent"), ("POSTCODE", "NN4 0TE")])
R("c", "C", P, "Anyone from the planning dept please email me, rkhalid.planning@outlook.com, the notice was never put on the lamppost.",
  p=[("EMAIL", "rkhalid.planning@outlook.com")])
R("c", "S", P, "My mum Dorothy Pryce lives alone at 9 Nant y Coed and hasn't had a care visit today. Please call me 029 2018 0916.",
  p=[("PERSON_NAME", "Dorothy Pryce"), ("STREET_ADDRESS", "9 Nant y Coed"), ("PHONE", "029 2018 0916")])
R("c", "C", P, "I'm the one who emailed about the potholes, Tariq Mahmood, T.Mahmood@btinternet.com. Still waiting.",
  p=[("PERSON_NAME", "Tariq Mahmood"), ("EMAIL", "T.Mahmood@btinternet.com")])
R("c", "S", P, "Parcel for 14 Saxon Way left in our porch, if that's your house come and get it — ring 0191 498 0362.",
  p=[("STREET_ADDRESS", "14 Saxon Way"), ("PHONE", "0191 498 0362")])

# ---------------- late additions: Greek look-alike letters ----------------
gr1 = "\u0397\u0391 57 56 92 A"  # Greek Eta, Alpha
R("r", "S", "evasion", f"Hi Stavros, thanks — we've copied the NI number from your message ({gr1}) onto the council tax support claim.",
  p=[("PERSON_NAME", "Stavros"), ("NI_NUMBER", gr1)])
gr2 = "j\u03bfnah.ellwood@gmail.c\u03bfm"  # Greek omicron
R("c", "C", "evasion", f"Councillor, I've tried your office three times. Please write to {gr2} about the bus shelter vandalism.",
  p=[("EMAIL", gr2)])
