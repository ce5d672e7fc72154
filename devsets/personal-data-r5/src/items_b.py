from common import R

# ---------------- business_name_like_person ----------------
B = "business_name_like_person"
R("d", "C", B, "Well done to Gwen Pritchard Florists on winning Best Small Business at this year's high street awards!",
  o=[("PERSON_NAME", "Gwen Pritchard Florists")])
R("d", "S", B, "Donate unwanted coats at the Sue Ryder shop on Fore Street until 20 December — they'll go to families in the district.",
  o=[("PERSON_NAME", "Sue Ryder")])
R("d", "S", B, "The old John Lewis building will host the new library and health hub. Consultation drop-in on Saturday.",
  o=[("PERSON_NAME", "John Lewis")])
R("c", "C", B, "Harry Ramsden's on the seafront has had the bins overflowing all week, seagulls everywhere.",
  o=[("PERSON_NAME", "Harry Ramsden")])
R("d", "S", B, "Food hygiene ratings this month: 5 stars for Dai Morgan Butchers in Tregaron and for Ruby Chen's Kitchen on the quay.",
  o=[("PERSON_NAME", "Dai Morgan Butchers"), ("PERSON_NAME", "Ruby Chen's Kitchen")])
R("d", "C", B, "Thank you to Arthur Rank Hospice for the dementia awareness session for our staff this week.",
  o=[("PERSON_NAME", "Arthur Rank Hospice")])
R("r", "S", B, "Hi, the resurfacing contract was awarded to Thomas Bell & Sons Ltd. Any complaints about the works can go through us and we'll pass them on.",
  o=[("PERSON_NAME", "Thomas Bell & Sons Ltd")])
R("d", "S", B, "Licensing notice: an application has been received from Kitty O'Hare's Bar, Water Street, for extended hours over New Year.",
  o=[("PERSON_NAME", "Kitty O'Hare's Bar")])
R("c", "S", B, "Can recommend Frank Doyle Plumbing & Heating if your boiler packs in over Christmas, reasonable and turned up on time.",
  o=[("PERSON_NAME", "Frank Doyle Plumbing & Heating")])
R("d", "C", B, "Ronald McDonald House is collecting Christmas gifts for families staying near the children's hospital. Drop-off at the civic centre.",
  o=[("PERSON_NAME", "Ronald McDonald House")])
R("d", "S", B, "Small business Saturday! Pop into Morag Sinclair Knitwear, Angus & Iona's deli and the Peebles bookshop this weekend.",
  o=[("PERSON_NAME", "Morag Sinclair Knitwear"), ("PERSON_NAME", "Angus & Iona's")])
R("r", "C", B, "Thanks for asking. The removal firm on the planning application is Pete Carver Removals — the skip permit is theirs, not the householder's.",
  o=[("PERSON_NAME", "Pete Carver Removals")])
R("d", "S", B, "Trading standards warning: we've had complaints about calls claiming to be from 'Dennis Hart Roofing'. Genuine traders won't pressure you at the door.",
  o=[("PERSON_NAME", "Dennis Hart Roofing")])
R("d", "C", B, "Congratulations to Marjorie Lane Care Home on their Outstanding rating from the CQC.",
  o=[("PERSON_NAME", "Marjorie Lane Care Home")])
R("c", "C", B, "Is Ted Baker closing in the shopping centre too? Feels like nothing left in town.",
  o=[("PERSON_NAME", "Ted Baker")])
R("d", "S", B, "Funding boost for the Nia Hughes Dance Academy, which runs free classes for young carers in Llanelli.",
  o=[("PERSON_NAME", "Nia Hughes Dance Academy")])
R("d", "S", B, "The Christmas lights switch-on is sponsored by Wilkinson & Bright Solicitors and Ali's Barbers. Thanks both!",
  o=[("PERSON_NAME", "Wilkinson & Bright Solicitors"), ("PERSON_NAME", "Ali's Barbers")])
R("r", "S", B, "Hi, Jenny Lind Fish Bar has a valid street trading licence for that pitch until March.",
  o=[("PERSON_NAME", "Jenny Lind Fish Bar")])
R("d", "C", B, "Our meals-on-wheels partner this year is Mrs Baxter's Kitchen CIC, delivering hot lunches across the rural parishes.",
  o=[("PERSON_NAME", "Mrs Baxter's Kitchen CIC")])
R("c", "S", B, "Went to Colin Ogilvie Opticians for the free eye test for over 60s, lovely staff.",
  o=[("PERSON_NAME", "Colin Ogilvie Opticians")])
R("d", "S", B, "Prosecution: the owner of Billy Finch Motors was fined £4,000 for clocking cars at Magistrates' Court this week.",
  o=[("PERSON_NAME", "Billy Finch Motors")])
R("d", "C", B, "Bwyty Mari Lwyd, Stryd Fawr, has reopened after refurbishment. Pob lwc!",
  o=[("PERSON_NAME", "Bwyty Mari Lwyd")])
R("d", "S", B, "Sarah Kemp Driving School and two other local instructors will run free refresher lessons for over-70s in February.",
  o=[("PERSON_NAME", "Sarah Kemp Driving School")])
R("r", "C", B, "The grant went to Eddie Stobart's former depot site redevelopment, which is a company application, not an individual's.",
  o=[("PERSON_NAME", "Eddie Stobart")])

# ---------------- identifier_kind_phrase ----------------
I = "identifier_kind_phrase"
R("r", "S", I, "Hi, please don't share your National Insurance number on here. Send us a private message with just your email address and we'll be in touch.")
R("d", "S", I, "Scam alert: the council will never text you asking for your bank details, card number or PIN to pay a parking fine.")
R("r", "S", I, "To look into this we'll need the full postcode and house number, but please DM those to us rather than replying publicly.")
R("d", "C", I, "Applying for a Blue Badge? Have your NHS number, a recent photo and proof of address ready before you start the form.")
R("r", "C", I, "Hello, we can't discuss individual accounts here. Please message us privately with your council tax reference and the first line of your address.")
R("d", "S", I, "Renewing a resident parking permit? You'll need the vehicle registration and your V5C logbook. Email addresses are only used to send your permit.")
R("c", "S", I, "Why does your form ask for date of birth AND passport number just to book a tip slot? Seems excessive.")
R("r", "S", I, "Good question. It shouldn't — the tip booking form only needs a registration number and postcode. We'll get the form checked.")
R("d", "S", I, "Phishing emails are going round claiming to be from 'Council Tax Refunds'. We never ask for your sort code or account number by email.")
R("d", "C", I, "Rhowch eich cod post yn y blwch chwilio i weld pryd fydd eich bin yn cael ei gasglu. (Enter your postcode to see your bin day.)")
R("r", "S", I, "Please don't post phone numbers or addresses in the comments — for your own safety we'll hide any that we see.")
R("d", "S", I, "Registering to vote takes five minutes. You'll need your National Insurance number; if you don't have one, you can still apply.")
R("c", "C", I, "Just so everyone knows, they asked for my mobile number and email on the phone and I got a text confirmation straight away. Seems legit.")
R("d", "S", I, "Free school meals: apply with your NI number or NASS number and your child's date of birth. Takes about ten minutes.")
R("r", "C", I, "Hi, we've removed your comment because it included someone's full address. You're welcome to repost without it.")
R("d", "S", I, "Tha sinn ag iarraidh do chòd-puist agus d' àireamh fòn airson an t-seirbheis ùr. Na cuir iad an seo, cleachd am foirm air-loidhne.")
R("d", "S", I, "Reminder: the payment line will ask for the 16-digit card number and the 3 digits on the back. Never read these out on a public call-in radio show or type them in a comment!")
R("r", "S", I, "Thanks. For data protection reasons we can only discuss your child's school place with the named parent. Please email us from the address on your application.")
R("c", "S", I, "Do I need to give my driving licence number to register for the car club or is the photocard enough?")
R("r", "S", I, "Hi, the car club operator needs the licence number to check endorsements with the DVLA. You enter it in their app, never here.")
R("d", "C", I, "New online account: log in with your email address and the 10-digit reference on your bill. No need to call.")
R("d", "S", I, "Fraud warning for landlords: nobody from licensing will phone asking for your IBAN or passport details.")

# ---------------- clean (traps) ----------------
C = "clean"
R("d", "K", C, "Great to join Cllr Helen Marsh and our Head of Highways, Ravi Patel, to look at the drainage works on Albert Road this morning.")
R("d", "S", C, "Wellington Street will be closed between the library and Victoria Road from Monday for gas main replacement. Diversion via Lady Godiva Road.")
R("d", "C", C, "The Mayor, Cllr Bernadette Quinn, will turn on the Christmas lights in Ashby de la Zouch at 5pm on Friday.")
R("r", "S", C, "Thanks for reporting. The pothole on Mill Hill near the junction with Church Lane is booked for repair within 5 working days. ^KT")
R("d", "S", C, "Road closure: King Edward Avenue, Worksop, 8–12 January for resurfacing. Access maintained for residents.")
R("d", "C", C, "Our Chief Executive, Dr Amanda Reeve, and Leader Cllr Tom Okafor signed the new armed forces covenant today.")
R("r", "S", C, "Hello, your ward's waste officer is Lucy and she'll be on the round tomorrow to check the problem with the communal bins. Thanks for your patience.")
R("d", "S", C, "Gritting update: teams have treated the A68 through Lauder, Earlston and Jedburgh. Minor roads around Denholm next.")
R("c", "C", C, "Queen Victoria Street has had roadworks for six months now. When will it actually be finished??")
R("r", "C", C, "Hi, the utility company tells us the works on Queen Victoria Street should finish by 19 December. We'll keep chasing.")
R("d", "K", C, "Spoke at full council tonight on the bus cuts. Thanks to Cllr Priya Shah for seconding the motion and to Andrew Griffiths MP for his support.")
R("d", "S", C, "Lollipop lady Maureen has retired after 31 years outside Holywell Primary! Thank you from all at the council's road safety team.")
R("d", "S", C, "Flood alert lifted for the River Teme at Tenbury Wells. Sandbags remain available at the depot on Burford Road.")
R("d", "C", C, "Sir Thomas Picton Way and William Morris Close will have new street lighting installed from next week.")
R("c", "S", C, "Is the market still on in Stow-on-the-Wold on Thursday or has it moved because of the works?")
R("r", "S", C, "Hi, the market is still on as normal. The works are at the other end of Sheep Street near the church.")
R("d", "S", C, "Abandoned trolleys collected from Wellington Road, Princess Drive and the river path at Ferrybridge this week: 46 in total.")
R("d", "C", C, "Heol y Frenhines ar gau rhwng 9am a 4pm dydd Mawrth ar gyfer gwaith dŵr. Queen's Road closed Tuesday for water works.")
R("d", "S", C, "Our planning officer Gareth Lewis will present the Local Plan at Mold library on 14 January. All welcome.")
R("d", "K", C, "Walked Baron's Close, Earl Street and Duke Street with PCSO Hannah Riley after reports of speeding. Speed checks coming.")
R("c", "K", C, "Thanks Cllr Morris, been asking for those speed checks for ages.")
R("d", "S", C, "Lost property update: a silver bicycle was found near Florence Nightingale Road. Contact the police quoting the crime log if it's yours.")
R("d", "C", C, "Congratulations to our Environmental Health team manager, Chloe Abbott, shortlisted for Public Servant of the Year.")
R("d", "S", C, "Sràid a' Chaisteil, Steòrnabhagh: road closed Wednesday for resurfacing. Castle Street traffic will use Cromwell Street.")
R("r", "C", C, "Hi, Cllr Jones is the ward member for Ystrad and she's aware of the parking issue on Tonypandy Road. It's on the agenda for next week's meeting.")
R("d", "S", C, "Free Christmas parking in council car parks in Bridport, Beaminster and Lyme Regis on Saturdays in December.")
R("c", "C", C, "St George's Road still flooded outside the shops, someone's going to aquaplane into the bus stop.")
R("d", "S", C, "Bin crews will collect on Saturday 27 December instead of Friday 26 for everyone in Kirkby, Ormskirk and Burscough.")
R("d", "K", C, "Pleased the council has agreed funding for the Grace Darling Way play park. Thanks to officers in parks and the Friends group.")
R("r", "S", C, "Thanks Councillor. The parks team will start on site in February, weather permitting.")
R("d", "S", C, "Signal failure: traffic lights at the junction of Lord Street and Stanley Road are out. Engineers are on the way, please approach with care.")
R("d", "C", C, "Bishop Auckland Town Hall will light up purple tonight for International Day of Persons with Disabilities.")
R("c", "S", C, "Which day is the garden waste collection on Prince Albert Gardens now? My calendar still says Tuesday.")
R("r", "S", C, "Hello, garden waste for that street moved to Wednesdays from November. You can check any street on the bin day finder.")
R("d", "S", C, "New defibrillator installed outside the village hall in Much Wenlock thanks to the parish council.")
R("d", "C", C, "Our Director of Children's Services, Marcus Lyle, has been appointed to the national Safeguarding Practice Review Panel.")
R("d", "S", C, "Gully cleaning this week: Catherine Street, Jane Austen Court, Elizabeth Avenue and the service road behind Tesco.")
R("c", "C", C, "Charles Street car park lights are off again. Not safe walking back from work at 6.")
R("d", "K", C, "Delighted to have Kirsty McLean from the council's climate team at our community meeting in Kelso on Thursday.")
R("d", "S", C, "Temporary traffic lights on the B4386 near Westbury until Friday while BT repair a cable.")
R("r", "C", C, "Hi, the Leader, Cllr Rachel Dunn, has responded to the petition in the council meeting minutes, available on our website.")
R("d", "S", C, "Community warden Dylan will be at Cae Glas park on Saturday handing out free bike locks.")
R("d", "S", C, "Pupils from Ysgol Bro Teifi sang carols at the council chamber today. Diolch yn fawr!")
R("c", "S", C, "Anyone know if Roman Way tip is open on New Year's Day?")
R("r", "S", C, "Hi, all household waste recycling centres are closed on 25, 26 December and 1 January. Open as normal other days.")
