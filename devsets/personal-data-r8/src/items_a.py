# Organisation contact details: phone lines, role mailboxes, public and business addresses. No personal data.
from common import R

# ---------------- org_phone ----------------
R("dC", "org_phone", "Council tax bills for 2027/28 land on doormats from next week. Questions about your band or a discount? Our contact centre is on 01536 714200 (Mon–Fri, 8.30am–5pm). #HarrowdenDC",
  o=["PH|01536 714200"])
R("dS", "org_phone", "❄️ Gritting update: all priority routes treated by 7pm. To report ice on a pavement outside working hours ring the highways out-of-hours line 01924 306 999 – please don't use the enquiry form overnight, no-one reads it till morning.",
  o=["PH|01924 306 999"])
R("dS", "org_phone", "Heavy rain warning for the Tywi valley tonight. Flooding from a river or the sea: Floodline 0345 988 1188. Blocked road drains: our out of hours team, 01267 861 440.",
  o=["PH|0345 988 1188", "PH|01267 861 440"])
R("rS", "org_phone", "Hi, sorry you've had trouble getting through. The housing repairs line is 0300 062 4410 and it's open 24 hours for emergencies like a burst pipe or no heating. ^Lowri",
  o=["PH|0300 062 4410"])
R("dC", "org_phone", "Feeling low this winter? You don't have to cope alone. Samaritans are there day or night on 116 123, free from any phone. For urgent but not life-threatening health worries call NHS 111.",
  o=["PH|116 123", "PH|111"])
R("dS", "org_phone", "Saw someone fly-tipping down Pit Lane? Don't approach them. Note the time and what the vehicle looked like, then call us on 01782 440 615 or if a crime is in progress the police on 101.",
  o=["PH|01782 440 615", "PH|101"])
R("cS", "org_phone", "for anyone else on here waiting on the bulky waste people, I rang 0345 600 7231 this morning and got through in 10 min. worth a go instead of waiting for a reply on facebook",
  o=["PH|0345 600 7231"])
R("dS", "org_phone", "Our phone number is changing! From 1 February Strathcairn Council's customer service centre moves to 0300 333 0852. The old 01738 number will play a message for three months.",
  o=["PH|0300 333 0852"])
R("dC", "org_phone", "Ffoniwch ni ar 01970 633 180 os oes gennych chi gwestiwn am y dreth gyngor. Rydyn ni'n croesawu galwadau yn Gymraeg. / Call us on 01970 633 180 about council tax – we welcome calls in Welsh.",
  o=["PH|01970 633 180", "PH|01970 633 180"])
R("dS", "org_phone", "Deaf or hard of hearing? You can reach any of our teams through Relay UK: dial 18001 then 01536 714200. BSL users can use our video relay service from the website.",
  o=["PH|18001", "PH|01536 714200"])
R("dS", "org_phone", "Stray dog found? Text STRAY and the location to 61930 and the dog warden will pick it up. Standard network rates apply.",
  o=["PH|61930"])
R("rC", "org_phone", "Calling from abroad? Use +44 1536 714200 and ask for the revenues team – they can talk you through paying while you're away. ^Tom",
  o=["PH|+44 1536 714200"])
R("dS", "org_phone", "Worried about an adult who might be being abused or neglected? Tell us. Adult safeguarding: 028 9442 7150 (9-5), or the regional emergency social work service out of hours on 028 9504 9999.",
  o=["PH|028 9442 7150", "PH|028 9504 9999"])
R("cC", "org_phone", "the number on the back of the leaflet (0800 085 2213) is the energy advice line not the council, just so people know. they were really good with me about the boiler grant",
  o=["PH|0800 085 2213"])
R("dS", "org_phone", "Cost of living help: free, confidential debt advice from Citizens Advice Fenwold, 0808 278 7841, and our own welfare benefits team on 01507 613 509. Nobody will judge you.",
  o=["PH|0808 278 7841", "PH|01507 613 509"])
R("rS", "org_phone", "That sounds like a gas smell – please leave the building and call the National Gas Emergency Service on 0800 111 999 straight away. Don't wait for us to reply here.",
  o=["PH|0800 111 999"])
R("dS", "org_phone", "Electricity off in Aberdaron and Rhiw this morning. Power cut? Dial 105 – it's free and puts you through to the local network operator.",
  o=["PH|105"])
R("dL", "org_phone", "Been asked a lot about the new bus timetable on the 41. Operator's customer line is 01209 719 864, or Traveline on 0871 200 22 33. I've raised the school run gap with them myself. Cllr Jenna Trewin",
  o=["PH|01209 719 864", "PH|0871 200 22 33"])
R("cS", "org_phone", "rang the emergency homeless line 0191 643 2270 last night after 11, someone answered straight away and got us into a B&B. cant thank them enough",
  o=["PH|0191 643 2270"])
R("dS", "org_phone", "Licensing reminder: taxi and private hire drivers can book their knowledge test on 01226 773 418. Lines are quietest after 2pm.",
  o=["PH|01226 773 418"])
R("rS", "org_phone", "Thanks for flagging the streetlight. Faults on the main A-road lights are for the trunk road operator, not us – their number is 0800 028 4028. ^Ewan",
  o=["PH|0800 028 4028"])
R("dS", "org_phone", "Register office: to book a death registration appointment ring 01524 582 966 or 01524 582 967. Please have the medical certificate ready when you call.",
  o=["PH|01524 582 966", "PH|01524 582 967"])
R("dC", "org_phone", "📞 New switchboard number for Coldbeck Town Hall: (01924) 306500. Direct lines for individual teams are listed on our contact page.",
  o=["PH|(01924) 306500"])
R("cS", "org_phone", "does anyone know if the tip at Marsh Rd is open bank holiday monday? the recorded msg on 0300 1234 876 just says 'normal hours'",
  o=["PH|0300 1234 876"])
R("dS", "org_phone", "Childline is free and confidential for anyone under 19: 0800 1111. Young carers in Caerwen can also call our young carers' worker on 01443 586 702.",
  o=["PH|0800 1111", "PH|01443 586 702"])
R("rC", "org_phone", "Hi there, the school admissions team can check where your application is up to – 01872 322 650, option 3. They're open till 4 today. ^Kerensa",
  o=["PH|01872 322 650"])
R("dS", "org_phone", "Mae'r Ganolfan Hamdden ar gau heddiw oherwydd nam ar y boeler. Am ad-daliad ar eich archeb, ffoniwch 01286 679 221.",
  o=["PH|01286 679 221"])
R("dS", "org_phone", "Ferry disruption: the 07:10 Ardmhor sailing is cancelled due to swell. Ferry office: 01631 566 688. Updates every hour on our page and by text — text FERRY to 82250 to sign up.",
  o=["PH|01631 566 688", "PH|82250"])

# ---------------- org_email ----------------
R("dS", "org_email", "Planning applications can now be submitted by email to planning@harrowden.gov.uk as well as through the Planning Portal. Please attach drawings as PDFs.",
  o=["E|planning@harrowden.gov.uk"])
R("rC", "org_email", "Sorry to hear about the delay with your refund. If you email council.tax@coldbeck.gov.uk with your account reference the team can look into it today. ^Aisha",
  o=["E|council.tax@coldbeck.gov.uk"])
R("dC", "org_email", "We're hiring! Relief leisure assistants wanted at Penwortham Pools. Apply by 12 March – ask for a pack at recruitment@fenwold.gov.uk.",
  o=["E|recruitment@fenwold.gov.uk"])
R("rS", "org_email", "That stretch belongs to the neighbouring authority I'm afraid. Their highways inbox is highways.north@sutterfield.gov.uk and they're usually quick. ^Dan",
  o=["E|highways.north@sutterfield.gov.uk"])
R("dS", "org_email", "Cysylltwch â ni drwy e-bost: gwastraff@glanmorfa.llyw.cymru (Cymraeg) neu waste@glanmorfa.gov.wales (English). Rydyn ni'n ateb o fewn 5 diwrnod gwaith.",
  o=["E|gwastraff@glanmorfa.llyw.cymru", "E|waste@glanmorfa.gov.wales"])
R("dS", "org_email", "Flu jabs for carers: book through the practice or email the community vaccination hub on strathcairn.vaccinations@nhs.net",
  o=["E|strathcairn.vaccinations@nhs.net"])
R("cS", "org_email", "Not being funny but I emailed libraries@tamarleigh.gov.uk three weeks ago about the lost book fine and heard nothing back",
  o=["E|libraries@tamarleigh.gov.uk"])
R("dS", "org_email", "Market traders: applications for a Christmas market pitch close Friday. Send your form to markets@loughmoyledrumard.gov.uk with a copy of your public liability insurance.",
  o=["E|markets@loughmoyledrumard.gov.uk"])
R("rS", "org_email", "Hiya – for a copy of an FOI response already published you can look in our disclosure log, or drop a line to foi@caerwen.gov.uk and quote the reference. ^Rhodri",
  o=["E|foi@caerwen.gov.uk"])
R("dC", "org_email", "Share your views on the draft Local Plan by 30 April. Comments to localplan@harrowden.gov.uk or on the consultation portal. Paper copies in every library.",
  o=["E|localplan@harrowden.gov.uk"])
R("dS", "org_email", "Lost property from the Winter Lantern Parade is with the events team. Describe what you lost to events@coldbeck.gov.uk and we'll let you know if we've got it.",
  o=["E|events@coldbeck.gov.uk"])
R("cC", "org_email", "if your in band D and got the letter about the single person discount review, the address to send proof to is spd.review@fenwold.gov.uk not the general one. took me ages to find",
  o=["E|spd.review@fenwold.gov.uk"])
R("dS", "org_email", "School holiday activity programme is out! Bookings by email only this year: haf@tamarleigh.gov.uk. Free places for children eligible for free school meals.",
  o=["E|haf@tamarleigh.gov.uk"])
R("rC", "org_email", "Hi, complaints about police conduct go to the force rather than us – their professional standards inbox is complaints@northmarch.police.uk. ^Steph",
  o=["E|complaints@northmarch.police.uk"])
R("dS", "org_email", "Food business registrations: new home bakers and street food traders, register 28 days before trading. Questions? foodsafety@strathcairn.gov.uk",
  o=["E|foodsafety@strathcairn.gov.uk"])
R("dS", "org_email", "Volunteer drivers needed for Caerwen Community Transport. Interested? Email volunteer@caerwenct.org.uk or pop into the office on a Tuesday.",
  o=["E|volunteer@caerwenct.org.uk"])
R("cS", "org_email", "the grave maintenance people said to email bereavement.services@coldbeck.gov.uk about the headstone thing so I have done, will report back",
  o=["E|bereavement.services@coldbeck.gov.uk"])
R("rS", "org_email", "Good question! Allotment waiting list enquiries go to allotments at harrowden dot gov dot uk – we have a few plots free at Spinney Hill. ^Mo",
  o=["E|allotments at harrowden dot gov dot uk"])
R("dS", "org_email", "Electoral registration canvass forms should be back by 14 Sept. Lost yours? electoralservices@loughmoyledrumard.gov.uk or call in to the Civic Centre.",
  o=["E|electoralservices@loughmoyledrumard.gov.uk"])
R("dS", "org_email", "Free loft insulation for eligible homes through Warm Homes Fenwold. Enquiries: info@warmhomesfenwold.org.uk – they'll do the eligibility check for you.",
  o=["E|info@warmhomesfenwold.org.uk"])
R("rC", "org_email", "We can't take card payments through Messenger. You can pay online, by phone, or if you'd like a payment plan email income.recovery@tamarleigh.gov.uk. ^Jowan",
  o=["E|income.recovery@tamarleigh.gov.uk"])
R("dS", "org_email", "Our pest control team now treat wasps' nests 7 days a week in summer. Book at pestcontrol@caerwen.gov.uk – prices on the website.",
  o=["E|pestcontrol@caerwen.gov.uk"])
R("cC", "org_email", "For anyone asking about the Gaelic medium places for P1 the address is foghlam@strathcairn.gov.uk they replied to me in a day",
  o=["E|foghlam@strathcairn.gov.uk"])
R("dS", "org_email", "Hospital discharge support: the joint discharge team at Fenwold General can be reached on discharge.team@nhs.net for families arranging care at home.",
  o=["E|discharge.team@nhs.net"])
R("dS", "org_email", "Table top sale at the Scout hut this Saturday, 10 till 1. Tables £5 – book with hello@merrowfieldscouts.org.uk",
  o=["E|hello@merrowfieldscouts.org.uk"])
R("rS", "org_email", "Thanks for your interest in the Keep Coldbeck Tidy litter picks! Kit loans are booked through cleanstreets@coldbeck.gov.uk – say which park you'd like. ^Bex",
  o=["E|cleanstreets@coldbeck.gov.uk"])

# ---------------- org_address ----------------
R("dC", "org_address", "From Monday our customer service desk moves to the ground floor of Harrowden Civic Offices, Tollgate Way, Harrowden NN14 6QD. Parking for blue badge holders at the front.",
  o=["A|Harrowden Civic Offices, Tollgate Way", "PC|NN14 6QD"])
R("dS", "org_address", "📚 Pop-up library this week at Fairhaven Shopping Centre, Unit 12, Gresley Walk, WF10 3LJ. Join, borrow and return – bring proof of address to join.",
  o=["A|Fairhaven Shopping Centre, Unit 12, Gresley Walk", "PC|WF10 3LJ"])
R("dS", "org_address", "Polling stations for Thursday: Ward 4 votes at St Bride's Primary School hall, Cairnhill Road, Kirkfallow PH2 7RT. Doors open 7am to 10pm.",
  o=["A|St Bride's Primary School hall, Cairnhill Road", "PC|PH2 7RT"])
R("dS", "org_address", "Household Waste Recycling Centre: Marsh Road, Longnor Industrial Estate, ST6 2BW. Van permits required for anything bigger than a car.",
  o=["A|Marsh Road, Longnor Industrial Estate", "PC|ST6 2BW"])
R("rC", "org_address", "Hi! Written objections to a licence application go to the Licensing Team, Caerwen County Borough Council, Tŷ Penallta, Ystrad Road, CF82 7PG. Email is fine too. ^Rhodri",
  o=["A|Tŷ Penallta, Ystrad Road", "PC|CF82 7PG"])
R("dS", "org_address", "The Tamarleigh Warm Space network is open! Warm drinks and wifi at Callington Road Library, 4 Callington Road, PL14 3AX and at the Methodist Hall on Fore Street.",
  o=["A|Callington Road Library, 4 Callington Road", "PC|PL14 3AX"])
R("cS", "org_address", "you can get the food caddy liners free at the leisure centre on Brockhill Lane (Brockhill Leisure, DE11 9NS) dont pay for them in the shop",
  o=["A|Brockhill Leisure", "PC|DE11 9NS"])
R("dS", "org_address", "Our registrars now conduct ceremonies at The Old Courthouse, 22 Bridge Street, Castle Ardrum BT47 5FE as well as the Civic Centre. Book a viewing online.",
  o=["A|The Old Courthouse, 22 Bridge Street", "PC|BT47 5FE"])
R("dS", "org_address", "Canolfan Hamdden Glanmorfa, Ffordd y Môr, SA46 0BQ – pwll nofio ar agor eto o ddydd Llun ymlaen.",
  o=["A|Canolfan Hamdden Glanmorfa, Ffordd y Môr", "PC|SA46 0BQ"])
R("dS", "org_address", "Flu and COVID vaccination clinic this Saturday at Riverside Health Centre, Wharf Lane, LN11 8PJ. Walk in 9-1, no appointment needed.",
  o=["A|Riverside Health Centre, Wharf Lane", "PC|LN11 8PJ"])
R("dL", "org_address", "My surgery this month is on Saturday 11am at Drumard Community Centre, 3 Market Square, Drumard BT80 2JS. No appointment needed – come and tell me what's on your mind.",
  o=["A|Drumard Community Centre, 3 Market Square", "PC|BT80 2JS"])
R("dS", "org_address", "Blue Badge applications: bring your documents to the Customer First desk at Coldbeck Town Hall, Wesley Street, HD9 4AA. We can take your photo there.",
  o=["A|Coldbeck Town Hall, Wesley Street", "PC|HD9 4AA"])
R("cC", "org_address", "Food bank moved btw, its now at the back of Ebenezer Chapel, Heol y Parc, CF40 2LT. open tues and fri mornings",
  o=["A|Ebenezer Chapel, Heol y Parc", "PC|CF40 2LT"])
R("dS", "org_address", "Seasonal job fair! Meet employers from across the district at The Maltings Arts Centre, Quay Street, Fenwold PE21 6DW, Wednesday 10am–3pm.",
  o=["A|The Maltings Arts Centre, Quay Street", "PC|PE21 6DW"])
R("dS", "org_address", "Bereavement services office: Newfield Crematorium, Cemetery Road, WF10 5HT. Open to visitors daily 9am to dusk; office hours Mon–Fri.",
  o=["A|Newfield Crematorium, Cemetery Road", "PC|WF10 5HT"])
R("rS", "org_address", "Hi, the depot for green bin collection is Tregony Road Depot, Tregony Road, TR2 4NZ. You can collect a replacement lid there Mon-Thu. ^Jowan",
  o=["A|Tregony Road Depot, Tregony Road", "PC|TR2 4NZ"])
R("dS", "org_address", "New Gaelic-medium early years centre now open: Ionad Gàidhlig Chille Bhrìde, Rathad a' Chladaich, Ardmhor PA34 5XG. Enrolment evenings every Tuesday.",
  o=["A|Ionad Gàidhlig Chille Bhrìde, Rathad a' Chladaich", "PC|PA34 5XG"])
R("cS", "org_address", "Repair café is on again at St Aidan's church hall, Kirk Wynd, KY8 3DR, last Saturday of the month, they fixed my lamp for nothing",
  o=["A|St Aidan's church hall, Kirk Wynd", "PC|KY8 3DR"])
R("dS", "org_address", "Trading Standards have moved. Our new address is Unit 4, Carrick Business Park, Lisnaskea Road, BT92 0HQ. Phone lines unchanged.",
  o=["A|Unit 4, Carrick Business Park, Lisnaskea Road", "PC|BT92 0HQ"])
R("dS", "org_address", "Free family swim every Sunday this month at Aldergate Pool, 80–84 Station Parade, Harrowden NN14 2HR. Under 5s must be with an adult in the water.",
  o=["A|Aldergate Pool, 80–84 Station Parade", "PC|NN14 2HR"])
R("dC", "org_address", "The Mayor's charity ball is at Kelsey Hall Hotel, Moor Road, Coldbeck WF11 0RL on 7 March. Tickets from the Mayor's office.",
  o=["A|Kelsey Hall Hotel, Moor Road", "PC|WF11 0RL"])
R("dS", "org_address", "Parking permits for the Quayside zone are issued from Fenwold District Council, Tedder Hall, Manby Park, LN11 8UP – or apply online.",
  o=["A|Tedder Hall, Manby Park", "PC|LN11 8UP"])
R("cC", "org_address", "if anyone needs the address for the MOT test centre the council uses for taxis its Penrhos Garage, Unit 7 Llanelwedd Road LD2 3SH",
  o=["A|Penrhos Garage, Unit 7 Llanelwedd Road", "PC|LD2 3SH"])
R("dS", "org_address", "Coronation Park café is under new management and reopens Saturday. Find it by the bandstand, Coronation Park, Albert Avenue, BB4 6EJ.",
  o=["A|Coronation Park, Albert Avenue", "PC|BB4 6EJ"])
R("dS", "org_address", "Uinneagan ùra airson Sgoil Bhaile na Creige: the school will be closed for works. Pupils attend Ionad Coimhearsnachd, 12 Sràid a' Chladaich, Steòrnabhagh HS1 2QN for the week.",
  o=["A|Ionad Coimhearsnachd, 12 Sràid a' Chladaich", "PC|HS1 2QN"])
R("rC", "org_address", "Hi, cheques for the Mayor's appeal can be posted to Mayor's Office, Civic Centre, Castle Hill, Loughmoyle BT71 9DE. Thank you for supporting it! ^Niamh",
  o=["A|Mayor's Office, Civic Centre, Castle Hill", "PC|BT71 9DE"])
