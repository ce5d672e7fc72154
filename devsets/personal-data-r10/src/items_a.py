# Batch A: organisations' phone lines, role mailboxes and public-building addresses (no residents' data).
from common import R
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"

# ---------------- org_phone ----------------
R(D, SV, "org_phone",
  "Storm Ilse update: if a tree is down across a road or blocking a lane, ring our highways out-of-hours team on 0345 072 6190. It's staffed through the night.",
  o=[("PHONE", "0345 072 6190")])
R(D, CO, "org_phone",
  "Our contact centre is closed on Boxing Day and reopens 8.30am on the 28th. For emergencies (dangerous structures, homelessness tonight, a child at risk) call 01484 339 800 at any time.",
  o=[("PHONE", "01484 339 800")])
R(Y, SV, "org_phone",
  "Sorry to hear the heating's gone again. Repairs can be reported 24/7 on 0800 917 4462 (free from mobiles) and flagged as urgent if there's a vulnerable person in the home.",
  o=[("PHONE", "0800 917 4462")])
R(D, SV, "org_phone",
  "Deaf, hard of hearing or speech impaired? You can reach our Council Tax team through Relay UK by dialling 18001 before our usual number, 01745 812 300.",
  o=[("PHONE", "18001"), ("PHONE", "01745 812 300")])
R(D, CO, "org_phone",
  "Calling from abroad about a relative's care package? Use +44 1592 418 700 rather than the 0300 number, which doesn't work from outside the UK.",
  o=[("PHONE", "+44 1592 418 700")])
R(C, CO, "org_phone",
  "for anyone else stuck on hold - the Lisnaree office has a direct line 028 4483 7210 and they actually pick up before 10",
  o=[("PHONE", "028 4483 7210")])
R(D, SV, "org_phone",
  "Text BINDAY to 60777 and we'll reply with your collection week. Standard network rates apply. No need to give us your name.",
  o=[("PHONE", "60777")])
R(D, SV, "org_phone",
  "Mae ein llinell Gymraeg ar agor bob dydd o'r wythnos: ffoniwch 01970 633 410 i siarad â swyddog treth gyngor yn Gymraeg.",
  o=[("PHONE", "01970 633 410")])
R(Y, CO, "org_phone",
  "Hiya, if you feel you can't go on please talk to someone now. Samaritans are free, day or night, on 116 123. If it's an emergency call 999.",
  o=[("PHONE", "116 123"), ("PHONE", "999")])
R(D, SV, "org_phone",
  "Not an emergency but want to report drug dealing near the Gala Park play area? Police Scotland on 101. Crimestoppers anonymously on 0800 555 111.",
  o=[("PHONE", "101"), ("PHONE", "0800 555 111")])
R(C, SV, "org_phone",
  "Rang 0300 303 8854 like your poster says and got an automated message telling me to go online. Absolutely useless.",
  o=[("PHONE", "0300 303 8854")])
R(D, SV, "org_phone",
  "Feeling unwell over the holidays and your GP is shut? NHS 111 can help, or NHS 24 on 111 if you're in Scotland. Pharmacies on the rota are listed on our website.",
  o=[("PHONE", "111"), ("PHONE", "111")])
R(D, CO, "org_phone",
  "Power cut in Aberlour Road or Kirkton? Call 105 to report it to the network operator. The number's free and works from any phone.",
  o=[("PHONE", "105")])
R(Y, SV, "org_phone",
  "Thanks for flagging. The bus shelter glass is Kinvale Transport's rather than ours - their depot is on 01592 770 238 and they're usually quick.",
  o=[("PHONE", "01592 770 238")])
R(D, SV, "org_phone",
  "New number for the Registration Service from Monday: 0330 094 5566. The old 01823 line will run alongside it until the end of January.",
  o=[("PHONE", "0330 094 5566")])
R(D, SV, "org_phone",
  "Adult social care front door: 0345 600 2719 (Mon–Fri 9–5). Out of hours, our Emergency Duty Team is on 01872 323 500. Worried about someone right now? Don't wait, ring.",
  o=[("PHONE", "0345 600 2719"), ("PHONE", "01872 323 500")])
R(C, CL, "org_phone",
  "Cllr you might want to share the Age Concern Tynebrook befriending line as well, its 0191 237 4410 - my mam uses it every week",
  o=[("PHONE", "0191 237 4410")])
R(D, CL, "org_phone",
  "My surgery this Saturday is cancelled due to the snow. If you need me urgently please ring Members' Services at County Hall on 01522 552 119 and they'll pass a message on.",
  o=[("PHONE", "01522 552 119")])
R(D, SV, "org_phone",
  "Licensing hearings: if you made a representation about the Tannery Arms application and want to speak, call the Licensing Team on 01803 861 234 by Thursday noon.",
  o=[("PHONE", "01803 861 234")])
R(D, SV, "org_phone",
  "Gritting hotline 0800 083 3477 — tell us about untreated priority routes only. Pavements and cul-de-sacs aren't on the schedule, sorry.",
  o=[("PHONE", "0800 083 3477")])
R(Y, SV, "org_phone",
  "We can't take bookings through Facebook, but the bulky waste line (0300 1234 590, option 3) will sort a slot for the sofa and the fridge in one go.",
  o=[("PHONE", "0300 1234 590")])
R(D, CO, "org_phone",
  "Ffoniwch ni / Call us: 0300 456 2811. Rydym yn croesawu galwadau yn Gymraeg. We welcome calls in Welsh.",
  o=[("PHONE", "0300 456 2811")])
R(C, SV, "org_phone",
  "Is 0843 208 1190 still the number for the dog warden? It costs a fortune from a mobile",
  o=[("PHONE", "0843 208 1190")])
R(D, SV, "org_phone",
  "Northern Ireland Water's Waterline is the right number for burst mains in Drumcarrow: 03457 440 088. Our environmental health team only deal with water quality at private supplies.",
  o=[("PHONE", "03457 440 088")])
R(D, SV, "org_phone",
  "Saw a fly-tipper in the act? Don't approach them. Note what you can and ring our enforcement line, 01269 590 712, or fill in the online form.",
  o=[("PHONE", "01269 590 712")])
R(Y, SV, "org_phone",
  "Morning! Leisure memberships are handled by Tynebrook Active rather than the council. Their membership desk is 0191 580 6622, open from 7am.",
  o=[("PHONE", "0191 580 6622")])
R(D, SV, "org_phone",
  "Domestic abuse doesn't stop for Christmas. The 24-hour National Domestic Abuse Helpline is 0808 2000 247. In Wales, Live Fear Free on 0808 80 10 800.",
  o=[("PHONE", "0808 2000 247"), ("PHONE", "0808 80 10 800")])
R(C, CO, "org_phone",
  "The school office number on the letter was wrong btw. It's 01387 264 058 not 264 085, took me three goes to get through",
  o=[("PHONE", "01387 264 058")])

# ---------------- org_email ----------------
R(D, SV, "org_email",
  "Single person discount ended after a change in your household? Email council.tax@harrowdene.gov.uk with your account reference (not your bank details!).",
  o=[("EMAIL", "council.tax@harrowdene.gov.uk")])
R(D, SV, "org_email",
  "Comments on the Braeside Farm wind turbine application close on Friday. Send them to planning@strathkinvale.gov.uk quoting 26/01188/FUL.",
  o=[("EMAIL", "planning@strathkinvale.gov.uk")])
R(D, CO, "org_email",
  "We're hiring! Twelve seasonal posts in grounds maintenance, no experience needed. Questions to recruitment@eastmarlowe.gov.uk or drop into the depot.",
  o=[("EMAIL", "recruitment@eastmarlowe.gov.uk")])
R(Y, SV, "org_email",
  "That stretch of the A7 is Transport Scotland's trunk road, so it's not one we can fix. Their operating company takes reports at trunkroads.southeast@bearroad.co.uk.",
  o=[("EMAIL", "trunkroads.southeast@bearroad.co.uk")])
R(D, SV, "org_email",
  "GP practices in the valley now share one mailbox for repeat prescription queries: kinvale.valleypractices@nhs.net. Please don't send them to the council.",
  o=[("EMAIL", "kinvale.valleypractices@nhs.net")])
R(C, SV, "org_email",
  "tried highways@tynebrook.gov.uk twice about the drain on the corner and got nothing back but an auto reply",
  o=[("EMAIL", "highways@tynebrook.gov.uk")])
R(D, SV, "org_email",
  "Anfonwch eich sylwadau am yr ymgynghoriad ar ysgolion at ymgynghori@glanrhyd.gov.wales erbyn 15 Ionawr.",
  o=[("EMAIL", "ymgynghori@glanrhyd.gov.wales")])
R(D, SV, "org_email",
  "Library users: overdue notices will ONLY come from libraries@kestlemere.gov.uk. Anything else asking you to pay a fine by link is a scam.",
  o=[("EMAIL", "libraries@kestlemere.gov.uk")])
R(Y, CO, "org_email",
  "Hi, the Freedom of Information team can help with that request. You can write to foi@drumcarrowlisnaree.gov.uk; they have 20 working days to respond.",
  o=[("EMAIL", "foi@drumcarrowlisnaree.gov.uk")])
R(D, SV, "org_email",
  "Festive market stalls: food traders must register with environmental health at least 28 days before. Form and guidance from food.safety@harrowdene.gov.uk.",
  o=[("EMAIL", "food.safety@harrowdene.gov.uk")])
R(D, CL, "org_email",
  "Had several residents ask about the closure of the Mill Lane crossing. Network Rail's helpline inbox is the best route: helpline.scotland@networkrail.example.co.uk (they log every contact).",
  o=[("EMAIL", "helpline.scotland@networkrail.example.co.uk")])
R(C, SV, "org_email",
  "If youre a volunteer driver, the hospital transport lot are on transport.bookings@kinvalehealth.scot.nhs.uk, much quicker than phoning",
  o=[("EMAIL", "transport.bookings@kinvalehealth.scot.nhs.uk")])
R(D, SV, "org_email",
  "School admissions for September: late applications go to admissions@kestlemere.gov.uk. Applications for schools over the border in Lincolnshire go to that county, not to us.",
  o=[("EMAIL", "admissions@kestlemere.gov.uk")])
R(D, SV, "org_email",
  "Community grants round 3 is open. Charities and constituted groups can email grants@tynebrook.gov.uk for an application pack or a chat with the team.",
  o=[("EMAIL", "grants@tynebrook.gov.uk")])
R(Y, SV, "org_email",
  "The pitch bookings at Glebe Park are run by the sports trust. Their bookings address is pitches@marlowesportstrust.org.uk and they'll confirm within two days.",
  o=[("EMAIL", "pitches@marlowesportstrust.org.uk")])
R(D, SV, "org_email",
  "Bereavement services: to arrange a memorial bench or plaque at Craigmore Cemetery, email bereavement.services@strathkinvale.gov.uk.",
  o=[("EMAIL", "bereavement.services@strathkinvale.gov.uk")])
R(D, CO, "org_email",
  "Press enquiries only please: media@eastmarlowe.gov.uk. Residents with a service query, the contact form on our website is quickest.",
  o=[("EMAIL", "media@eastmarlowe.gov.uk")])
R(C, CO, "org_email",
  "ive emailed customer.services@drumcarrowlisnaree.gov.uk 3 times about the hedge and still no reply. what is the point",
  o=[("EMAIL", "customer.services@drumcarrowlisnaree.gov.uk")])
R(D, SV, "org_email",
  "Electoral registration canvass: if your household form is wrong, reply to electoral.services@harrowdene.gov.uk. We'll never ask for your bank details.",
  o=[("EMAIL", "electoral.services@harrowdene.gov.uk")])
R(D, SV, "org_email",
  "Pest control is now provided by Kestlemere Environmental Ltd on our behalf. Book through enquiries@kestlemere-environmental.co.uk or the council's online form.",
  o=[("EMAIL", "enquiries@kestlemere-environmental.co.uk")])
R(Y, SV, "org_email",
  "Thanks — could you send the photos to streetlighting@glanrhyd.gov.wales? Please don't post your address here; the team will get back to you by email.",
  o=[("EMAIL", "streetlighting@glanrhyd.gov.wales")])
R(D, SV, "org_email",
  "Taxi drivers: DBS renewal reminders are going out this week. Questions to taxi.licensing@tynebrook.gov.uk, not the general licensing inbox.",
  o=[("EMAIL", "taxi.licensing@tynebrook.gov.uk")])
R(D, SV, "org_email",
  "Foster carers' support group meets on the first Tuesday. To join, email fostering@kestlemere.gov.uk and Marek from the fostering team will add you to the list.",
  o=[("EMAIL", "fostering@kestlemere.gov.uk")])
R(D, CO, "org_email",
  "Tynebrook and Castle Ferry councils now share a procurement team. Suppliers can contact tenders@castleferry.gov.uk for both councils' contracts.",
  o=[("EMAIL", "tenders@castleferry.gov.uk")])
R(C, SV, "org_email",
  "The food bank wants donations at the church hall not the council office. they said email hello@lisnareefoodbank.org.uk if you can help with deliveries",
  o=[("EMAIL", "hello@lisnareefoodbank.org.uk")])
R(D, SV, "org_email",
  "Cyswllt: gwasanaethau.cymdeithasol@glanrhyd.gov.wales | socialservices@glanrhyd.gov.wales",
  o=[("EMAIL", "gwasanaethau.cymdeithasol@glanrhyd.gov.wales"), ("EMAIL", "socialservices@glanrhyd.gov.wales")])

# ---------------- org_address ----------------
R(D, CO, "org_address",
  "From 5 January our customer service centre moves to the ground floor of Tanner House, 14 Wharf Street, Harrowdene HD4 2LQ. Free parking for Blue Badge holders.",
  o=[("STREET_ADDRESS", "Tanner House, 14 Wharf Street"), ("POSTCODE", "HD4 2LQ")])
R(D, SV, "org_address",
  "Blood donor session at Ballindrum Leisure Centre, Kirk Wynd, Kinvale KY8 5RP, on 19 and 20 December. Book through the blood service app.",
  o=[("STREET_ADDRESS", "Ballindrum Leisure Centre, Kirk Wynd"), ("POSTCODE", "KY8 5RP")])
R(D, SV, "org_address",
  "Ein swyddfa newydd: Canolfan Ddinesig, Heol y Bont, Glanrhyd SA19 6HT. Our new office: Civic Centre, Bridge Road, Glanrhyd SA19 6HT.",
  o=[("STREET_ADDRESS", "Canolfan Ddinesig, Heol y Bont"), ("POSTCODE", "SA19 6HT"), ("STREET_ADDRESS", "Civic Centre, Bridge Road"), ("POSTCODE", "SA19 6HT")])
R(Y, SV, "org_address",
  "Hello, you can hand in the found purse at any library. Nearest to you is Westgate Library, 2 Cooper's Yard, LN6 0TW, open till 7 tonight.",
  o=[("STREET_ADDRESS", "Westgate Library, 2 Cooper's Yard"), ("POSTCODE", "LN6 0TW")])
R(D, SV, "org_address",
  "Tarn Lane Household Waste Recycling Centre, Tarn Lane, Castle Ferry NE38 9XB will be closed Christmas Day, Boxing Day and New Year's Day.",
  o=[("STREET_ADDRESS", "Tarn Lane Household Waste Recycling Centre, Tarn Lane"), ("POSTCODE", "NE38 9XB")])
R(C, SV, "org_address",
  "wheres the nearest place to get a new bin? is it still the depot at Unit 7, Kelburn Industrial Estate?",
  o=[("STREET_ADDRESS", "Unit 7, Kelburn Industrial Estate")])
R(D, CO, "org_address",
  "Written representations on the budget can be posted to: Chief Executive's Office, Drumcarrow & Lisnaree Borough Council, Market House, 1 Church Square, Lisnaree BT47 3QF.",
  o=[("STREET_ADDRESS", "Market House, 1 Church Square"), ("POSTCODE", "BT47 3QF")])
R(D, SV, "org_address",
  "Christmas jumper swap at Ferrybridge Shopping Centre (Level 1, outside Boots) this Saturday, 10–3. Bring one, take one!",
  o=[("STREET_ADDRESS", "Ferrybridge Shopping Centre (Level 1, outside Boots)")])
R(D, SV, "org_address",
  "Polling station change for Ward 6: voters who used St Aidan's Hall now vote at Kirkhill Primary School, 40 Dunmore Road, PH2 7EJ. Your poll card shows this.",
  o=[("STREET_ADDRESS", "Kirkhill Primary School, 40 Dunmore Road"), ("POSTCODE", "PH2 7EJ")])
R(Y, SV, "org_address",
  "The lost property office is at Marlowe Bus Station, Station Approach, TQ12 4BD. Bring ID when you collect.",
  o=[("STREET_ADDRESS", "Marlowe Bus Station, Station Approach"), ("POSTCODE", "TQ12 4BD")])
R(D, SV, "org_address",
  "Flu and Covid jabs drop-in at Riverside Health Centre, Quayside Walk, Tynebrook NE29 6PZ — Tuesdays and Thursdays, no appointment needed.",
  o=[("STREET_ADDRESS", "Riverside Health Centre, Quayside Walk"), ("POSTCODE", "NE29 6PZ")])
R(C, CO, "org_address",
  "Council HQ is at 99 High Street LN1 1HS, not County Hall any more, they moved in the summer",
  o=[("STREET_ADDRESS", "99 High Street"), ("POSTCODE", "LN1 1HS")])
R(D, SV, "org_address",
  "Send completed Blue Badge forms to Blue Badge Team, PO Box 812, Harrowdene HD1 9ZY. Don't send original photos, we only need copies.",
  o=[("STREET_ADDRESS", "PO Box 812"), ("POSTCODE", "HD1 9ZY")])
R(D, CL, "org_address",
  "Pleased to open the new Men's Shed at the old bowling pavilion, Greenlaw Park, Eastfield Road, IV30 4SJ. Tea, tools and good company every Wednesday.",
  o=[("STREET_ADDRESS", "old bowling pavilion, Greenlaw Park, Eastfield Road"), ("POSTCODE", "IV30 4SJ")])
R(D, SV, "org_address",
  "Mae Llyfrgell Brynhafod Newydd ar agor! Dewch i'n gweld yn Llyfrgell y Dref, 7 Stryd y Capel, SY25 6JU.",
  o=[("STREET_ADDRESS", "Llyfrgell y Dref, 7 Stryd y Capel"), ("POSTCODE", "SY25 6JU")])
R(D, SV, "org_address",
  "Collect your free food caddy liners from any of these: Civic Offices, Fore Street, Marlowe TQ13 8AA; Brixmoor Library, The Square, TQ11 0HG.",
  o=[("STREET_ADDRESS", "Civic Offices, Fore Street"), ("POSTCODE", "TQ13 8AA"), ("STREET_ADDRESS", "Brixmoor Library, The Square"), ("POSTCODE", "TQ11 0HG")])
R(Y, CO, "org_address",
  "The job centre isn't ours, but it's on the first floor of Kelso House, 23 Abbey Row. It's next to the council's own cash office.",
  o=[("STREET_ADDRESS", "Kelso House, 23 Abbey Row")])
R(D, SV, "org_address",
  "Christmas tree recycling drop-off points: Kinvale Park & Ride car park (KY8 2DN) and the Burnside depot, Mill Road, KY9 1AS, 2–16 January.",
  o=[("POSTCODE", "KY8 2DN"), ("STREET_ADDRESS", "Burnside depot, Mill Road"), ("POSTCODE", "KY9 1AS")])
R(D, SV, "org_address",
  "Register a birth at Lisnaree Registration Office, 12A Bridge Street, BT47 2EX. Appointments only — walk-ins can't be seen.",
  o=[("STREET_ADDRESS", "Lisnaree Registration Office, 12A Bridge Street"), ("POSTCODE", "BT47 2EX")])
R(C, SV, "org_address",
  "The Co-op, 14 Station Road, NE36 0PL has the green bags behind the till if the library's run out",
  o=[("STREET_ADDRESS", "14 Station Road"), ("POSTCODE", "NE36 0PL")])
R(D, CO, "org_address",
  "Full council meets at 6pm on Wednesday in the Council Chamber, Town Hall, Victoria Parade, Harrowdene HD1 1AB. The public gallery is open and the meeting is webcast.",
  o=[("STREET_ADDRESS", "Town Hall, Victoria Parade"), ("POSTCODE", "HD1 1AB")])
R(D, SV, "org_address",
  "Warm space every weekday at Hendre Community Centre, Ffordd Glyndŵr, LL53 7YD. Hot drinks, Wi-Fi, charging points, and nobody will ask why you're there.",
  o=[("STREET_ADDRESS", "Hendre Community Centre, Ffordd Glyndŵr"), ("POSTCODE", "LL53 7YD")])
R(Y, SV, "org_address",
  "Morning. Parking permit renewals can be done in person at the Parking Shop, 6 Market Arcade, LN2 5DL, if you'd rather not do it online.",
  o=[("STREET_ADDRESS", "Parking Shop, 6 Market Arcade"), ("POSTCODE", "LN2 5DL")])
R(D, SV, "org_address",
  "Sign up for the Christmas Day lunch for people on their own at the Salvation Army hall, 31 Ropewalk, EX39 4NN, by 20 December.",
  o=[("STREET_ADDRESS", "Salvation Army hall, 31 Ropewalk"), ("POSTCODE", "EX39 4NN")])
R(D, SV, "org_address",
  "Taigh-tasgaidh a' Chomhairle / Council Archive: Sràid na h-Eaglaise, Baile na Creige IV51 9HL. Open Tue–Thu for family history research.",
  o=[("STREET_ADDRESS", "Sràid na h-Eaglaise"), ("POSTCODE", "IV51 9HL")])
R(D, CO, "org_address",
  "Our main switchboard and postal address haven't changed: Kestlemere County Council, County Offices, Newland, Kestlemere LN1 1YL.",
  o=[("STREET_ADDRESS", "County Offices, Newland"), ("POSTCODE", "LN1 1YL")])
