from common import R

# ---------------- org_phone ----------------
R("d", "S", "org_phone", "Storm Bert update: if a tree is blocking a road tonight, please call our out-of-hours line on 01835 825016 rather than messaging this page. We check messages in office hours only.",
  o=[("PHONE", "01835 825016")])
R("d", "C", "org_phone", "Worried about someone sleeping rough as the temperature drops? StreetLink takes alerts online, or ring our housing options team on 0300 123 4417 (Mon–Fri, 9–5).",
  o=[("PHONE", "0300 123 4417")])
R("r", "S", "org_phone", "Sorry to hear the streetlight is still out. Can you report it to our highways desk on 0345 606 6171 and quote the column number on the sticker? They'll get an engineer out.",
  o=[("PHONE", "0345 606 6171")])
R("d", "S", "org_phone", "Feeling low this Christmas? You don't have to cope alone. Samaritans are there day and night on 116 123, free from any phone.",
  o=[("PHONE", "116 123")])
R("d", "S", "org_phone", "Textphone users can reach the customer contact centre through Relay UK: dial 18001 then 01522 782070. Lines open 8am to 6pm weekdays.",
  o=[("PHONE", "01522 782070")])
R("c", "C", "org_phone", "For anyone else wondering, the bulky waste booking number is 01803 861234 — they gave me a slot within a week, much quicker than the website.",
  o=[("PHONE", "01803 861234")])
R("r", "C", "org_phone", "Hi there, the council tax team can set up a payment plan over the phone. Their direct number is 01473 264900, or you can use the online form on our website.",
  o=[("PHONE", "01473 264900")])
R("d", "S", "org_phone", "Gritters are out from 7pm on all priority routes. Spotted ice on a main road that hasn't been treated? Call 0300 555 0385 and tell us the nearest junction.",
  o=[("PHONE", "0300 555 0385")])
R("d", "C", "org_phone", "If you're concerned about a child's safety, contact our Children's Front Door on 01896 662787. Out of hours, use 01896 752111. In an emergency always call 999.",
  o=[("PHONE", "01896 662787"), ("PHONE", "01896 752111")])
R("r", "S", "org_phone", "Thanks for flagging this. Fly-tipping on private land is the landowner's responsibility, but our enforcement officers can advise — ring 01629 761100 and ask for environmental health.",
  o=[("PHONE", "01629 761100")])
R("d", "S", "org_phone", "Non-urgent crime? Report it to the police online or on 101. For the Safer Neighbourhood Team covering the town centre, the direct line is 01392 225130.",
  o=[("PHONE", "01392 225130")])
R("d", "C", "org_phone", "Need urgent medical help but it's not an emergency? NHS 111 is free to call, 24 hours a day, or you can use the NHS website.",
  o=[("PHONE", "111")])
R("c", "S", "org_phone", "Rang the pest control line 0115 914 8484 about rats behind the garages and they came out next day. Credit where it's due.",
  o=[("PHONE", "0115 914 8484")])
R("d", "C", "org_phone", "Our registrars are taking bookings for January ceremonies. Call the register office on 01603 223 640 or book online — please don't send personal details by message.",
  o=[("PHONE", "01603 223 640")])
R("d", "S", "org_phone", "Domestic abuse is never ok. The National Domestic Abuse Helpline is free and confidential on 0808 2000 247, 24/7. Our local support service, Safer Spaces, is on 01746 713 880.",
  o=[("PHONE", "0808 2000 247"), ("PHONE", "01746 713 880")])
R("r", "S", "org_phone", "Hi, that sounds like a gas smell. Please leave the property and call the National Gas Emergency line on 0800 111 999 straight away.",
  o=[("PHONE", "0800 111 999")])
R("d", "C", "org_phone", "Cyngor Sir: Llinell gymorth costau byw ar agor tan 8pm heno. Ffoniwch 01267 234567 am gyngor ar fudd-daliadau a grantiau.",
  o=[("PHONE", "01267 234567")])
R("d", "S", "org_phone", "Comhairle nan Eilean Siar: ma tha an t-uisge a' tighinn a-steach, cuiribh fòn gu 01851 822 694. Flooding advice line open until midnight.",
  o=[("PHONE", "01851 822 694")])
R("c", "C", "org_phone", "The number on your leaflet for the library at Hexthorpe, 01302 734 298, just rings out. Is it still staffed on Saturdays?",
  o=[("PHONE", "01302 734 298")])
R("r", "C", "org_phone", "Apologies, that line has moved. The library is now reached via the main switchboard on 01302 736000 — ask for libraries and they'll put you through.",
  o=[("PHONE", "01302 736000")])
R("d", "S", "org_phone", "Water off in the east of town? Scottish Water's customer helpline is 0800 0778 778. We're passing on reports but they're best placed to give updates.",
  o=[("PHONE", "0800 0778 778")])
R("d", "S", "org_phone", "Adult social care: if you or someone you care for needs support at home, call our Access Team on 0345 603 1630. For hearing or speech difficulties text 07860 022877.",
  o=[("PHONE", "0345 603 1630"), ("PHONE", "07860 022877")])
R("d", "C", "org_phone", "Leisure centre closed today due to a boiler fault. Members with classes booked will get a refund — queries to the centre reception, 01553 818001.",
  o=[("PHONE", "01553 818001")])
R("r", "S", "org_phone", "You can also text us! Our SMS service for reporting abandoned vehicles is 60777, start your message with ABANDON and include the street.",
  o=[("PHONE", "60777")])
R("d", "S", "org_phone", "Childline is there for young people whatever the worry: 0800 1111. Parents can talk to the NSPCC helpline on 0808 800 5000.",
  o=[("PHONE", "0800 1111"), ("PHONE", "0808 800 5000")])
R("d", "K", "org_phone", "Surgery this Saturday at the community hub, 10–12. Can't make it? Ring Member Services on 01296 585 021 and they'll pass on a message to me.",
  o=[("PHONE", "01296 585 021")])
R("c", "S", "org_phone", "Why does the recycling centre number +44 1905 766 884 never get answered after 3? Tried four times today.",
  o=[("PHONE", "+44 1905 766 884")])
R("d", "C", "org_phone", "Belfast City Council: for bin collection queries over the holidays phone 028 9032 0202. Our offices close at noon on Christmas Eve.",
  o=[("PHONE", "028 9032 0202")])

# ---------------- org_email ----------------
R("d", "C", "org_email", "Got an idea for how we should spend the community grant next year? Send it to communitygrants@ryedale-dc.gov.uk by 31 January.",
  o=[("EMAIL", "communitygrants@ryedale-dc.gov.uk")])
R("r", "S", "org_email", "Hi, please email the details to planning.enforcement@eastsuffolk.gov.uk with a photo if you can. Please don't post addresses on this page.",
  o=[("EMAIL", "planning.enforcement@eastsuffolk.gov.uk")])
R("d", "S", "org_email", "Parking permit renewals are now online. If you can't use the form, email parking@westdevon.gov.uk and we'll send a paper copy.",
  o=[("EMAIL", "parking@westdevon.gov.uk")])
R("r", "C", "org_email", "Thanks for getting in touch. This is a county matter rather than ours, so the best contact is highways@norfolk.gov.uk. They cover all the gritting routes.",
  o=[("EMAIL", "highways@norfolk.gov.uk")])
R("d", "S", "org_email", "Volunteers wanted for the January beach clean! Register your interest with the coast team: coastandcountryside@scotborders.gov.uk",
  o=[("EMAIL", "coastandcountryside@scotborders.gov.uk")])
R("c", "C", "org_email", "FYI the freedom of information address is foi@rushcliffe.gov.uk, don't bother with the chat bot, it only links you back to the same page.",
  o=[("EMAIL", "foi@rushcliffe.gov.uk")])
R("d", "C", "org_email", "Local businesses: the Christmas market stall applications close Friday. Forms to markets@suffolk.gov.uk, or drop into the town hall.",
  o=[("EMAIL", "markets@suffolk.gov.uk")])
R("d", "S", "org_email", "Our partners at the food bank need festive donations. Collection points are listed on their site; to volunteer, email volunteer@hearthfoodbank.org.uk.",
  o=[("EMAIL", "volunteer@hearthfoodbank.org.uk")])
R("r", "S", "org_email", "Hello, you can send a complaint about the surgery to the ICB's patient experience team at patientexperience.nhsnorthcentral@nhs.net — they'll log it formally.",
  o=[("EMAIL", "patientexperience.nhsnorthcentral@nhs.net")])
R("d", "S", "org_email", "School admissions for September: applications close 15 January. Questions? admissions@lincolnshire.gov.uk or the parents' helpline.",
  o=[("EMAIL", "admissions@lincolnshire.gov.uk")])
R("d", "C", "org_email", "Gohebiaeth Gymraeg: croesewir e-byst yn Gymraeg i cyswllt@ceredigion.gov.uk. Byddwn yn ateb yn Gymraeg.",
  o=[("EMAIL", "cyswllt@ceredigion.gov.uk")])
R("r", "S", "org_email", "Hi, the trading standards team would like to hear about that doorstep seller. Please email tradingstandards@devon.gov.uk, or report via Citizens Advice consumer service.",
  o=[("EMAIL", "tradingstandards@devon.gov.uk")])
R("d", "S", "org_email", "Hiring the Corn Exchange for a wedding or party in 2027? Bookings and viewings through events@cornexchange-venues.co.uk.",
  o=[("EMAIL", "events@cornexchange-venues.co.uk")])
R("c", "S", "org_email", "Emailed benefits@southhams.gov.uk three weeks ago about my housing benefit and still no reply. Is anyone reading that inbox?",
  o=[("EMAIL", "benefits@southhams.gov.uk")])
R("r", "S", "org_email", "Sorry for the delay. The team is catching up on a backlog. If it's urgent, please reply to the original email or write to benefits.urgent@southhams.gov.uk and put URGENT in the subject.",
  o=[("EMAIL", "benefits.urgent@southhams.gov.uk")])
R("d", "S", "org_email", "Fire safety visits for older residents are free. Book with Suffolk Fire and Rescue on homefiresafety@suffolk.gov.uk or ask a neighbour to refer you.",
  o=[("EMAIL", "homefiresafety@suffolk.gov.uk")])
R("d", "K", "org_email", "Residents in the ward can email my casework officer at members.support@bucksc.gov.uk and we'll follow up privately — please don't post your address here.",
  o=[("EMAIL", "members.support@bucksc.gov.uk")])
R("d", "C", "org_email", "Press enquiries only: press.office@highland.gov.uk. For service requests please use the online forms.",
  o=[("EMAIL", "press.office@highland.gov.uk")])
R("r", "C", "org_email", "Hi, the bus pass office is run by the county. Contact concessionarytravel@nottscc.gov.uk and they can reissue a lost pass.",
  o=[("EMAIL", "concessionarytravel@nottscc.gov.uk")])
R("d", "S", "org_email", "Local charity Tide Turners is recruiting befrienders for lonely older people in the district. Contact hello@tideturners.org.uk for an informal chat.",
  o=[("EMAIL", "hello@tideturners.org.uk")])
R("c", "C", "org_email", "Try the electoral services inbox, elections@gedling.gov.uk — they sorted my postal vote form within a day.",
  o=[("EMAIL", "elections@gedling.gov.uk")])
R("d", "S", "org_email", "Tha sinn a' sireadh luchd-obrach ùra. Cuir iarrtas gu obraichean@cne-siar.gov.uk ron 20mh den Dùbhlachd.",
  o=[("EMAIL", "obraichean@cne-siar.gov.uk")])
R("r", "S", "org_email", "That's a Network Rail bridge, so it's theirs to repair. You can report it at contactcentre@networkrail.co.uk — we've flagged it with them too.",
  o=[("EMAIL", "contactcentre@networkrail.co.uk")])
R("d", "C", "org_email", "Apprenticeships: 12 new roles across waste, IT and finance. Send questions (not CVs!) to apprenticeships@telford.gov.uk.",
  o=[("EMAIL", "apprenticeships@telford.gov.uk")])
R("d", "S", "org_email", "Hedgehog Friends Rescue is looking for foster homes over winter — email rescue@hogfriends.co.uk. Please don't bring hedgehogs to the council offices!",
  o=[("EMAIL", "rescue@hogfriends.co.uk")])
R("d", "S", "org_email", "Businesses needing a food hygiene re-rating visit can email foodsafety@bassetlaw.gov.uk. Fee applies.",
  o=[("EMAIL", "foodsafety@bassetlaw.gov.uk")])

# ---------------- org_address ----------------
R("d", "C", "org_address", "Our customer service centre is moving! From 4 January you'll find us at Riverside House, 2 Tanner Row, Selby YO8 4DL.",
  o=[("STREET_ADDRESS", "Riverside House, 2 Tanner Row"), ("POSTCODE", "YO8 4DL")])
R("d", "S", "org_address", "Free flu jabs this Saturday at Kingsmead Health Centre, Bramley Way, TN24 8QA. Walk-ins welcome from 9:30.",
  o=[("STREET_ADDRESS", "Kingsmead Health Centre, Bramley Way"), ("POSTCODE", "TN24 8QA")])
R("d", "S", "org_address", "Warm spaces open this week: Abbeygate Library (4 Cornhill Walk), the Salvation Army hall on Ferry Road, and St Aidan's church centre.",
  o=[("STREET_ADDRESS", "4 Cornhill Walk")])
R("r", "S", "org_address", "Hi, you can hand in the form at any library or post it to Freepost RTKE-ABCD, Revenues, Endeavour House, 8 Russell Road, Ipswich IP1 2BX.",
  o=[("STREET_ADDRESS", "Endeavour House, 8 Russell Road"), ("POSTCODE", "IP1 2BX")])
R("d", "C", "org_address", "The Remembrance service will start at the war memorial and finish at the Guildhall, High Street, DT1 1QL for refreshments.",
  o=[("STREET_ADDRESS", "Guildhall, High Street"), ("POSTCODE", "DT1 1QL")])
R("c", "C", "org_address", "Is the household waste site at Units 3–5, Marsh Lane Industrial Estate, TQ7 1RP still taking plasterboard? Need to get rid of a few sheets.",
  o=[("STREET_ADDRESS", "Units 3–5, Marsh Lane Industrial Estate"), ("POSTCODE", "TQ7 1RP")])
R("d", "S", "org_address", "Swyddfeydd y Cyngor, Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr SY23 3UE — ar gau dros y Nadolig o 24 Rhagfyr.",
  o=[("STREET_ADDRESS", "Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr"), ("POSTCODE", "SY23 3UE")])
R("d", "S", "org_address", "Pharmacies open on Boxing Day: Greenhill Pharmacy, 17 Market Place, Melksham SN12 6ES (10am–2pm) and Boots in the Avon Centre.",
  o=[("STREET_ADDRESS", "Greenhill Pharmacy, 17 Market Place"), ("POSTCODE", "SN12 6ES")])
R("r", "C", "org_address", "Hello, our main reception is at Council Offices, Newtown Road, Galashiels TD1 3BP. It's open 9–4.30, no appointment needed for council tax.",
  o=[("STREET_ADDRESS", "Council Offices, Newtown Road"), ("POSTCODE", "TD1 3BP")])
R("d", "C", "org_address", "Job fair! Meet 30 local employers at The Maltings Arts Centre, Bridge Street, Farnham GU9 7QR, Tuesday 10am–3pm.",
  o=[("STREET_ADDRESS", "The Maltings Arts Centre, Bridge Street"), ("POSTCODE", "GU9 7QR")])
R("d", "S", "org_address", "Blood donation session on Friday at the Drill Hall, 33 Queen's Parade. Book your slot via the NHS Give Blood app.",
  o=[("STREET_ADDRESS", "Drill Hall, 33 Queen's Parade")])
R("c", "S", "org_address", "The new café at Unit 12, Wharf Street Enterprise Park does a great breakfast if anyone's waiting for the MOT place next door.",
  o=[("STREET_ADDRESS", "Unit 12, Wharf Street Enterprise Park")])
R("d", "S", "org_address", "Ionad Slàinte Steòrnabhaigh, Sràid na h-Eaglais, HS1 2DR — clinics as normal over the festive period except public holidays.",
  o=[("STREET_ADDRESS", "Ionad Slàinte Steòrnabhaigh, Sràid na h-Eaglais"), ("POSTCODE", "HS1 2DR")])
R("d", "C", "org_address", "Planning committee meets on Wednesday at 6pm in the Council Chamber, Civic Centre, Castle Hill Avenue, CT20 2QY. Public gallery open.",
  o=[("STREET_ADDRESS", "Civic Centre, Castle Hill Avenue"), ("POSTCODE", "CT20 2QY")])
R("r", "S", "org_address", "Hi, lost bus passes are kept at the travel shop in the bus station, Stand J, Broad Marsh, NG1 7LS. Bring ID to collect.",
  o=[("STREET_ADDRESS", "Stand J, Broad Marsh"), ("POSTCODE", "NG1 7LS")])
R("d", "S", "org_address", "Christmas tree recycling: drop real trees (no pots or tinsel) at Lowther Park Depot, Glenfield Road, LE3 8RD, until 17 January.",
  o=[("STREET_ADDRESS", "Lowther Park Depot, Glenfield Road"), ("POSTCODE", "LE3 8RD")])
R("d", "C", "org_address", "The foodbank warehouse at 9 Foundry Yard, BT12 5EF is taking deliveries this week. Tins, UHT milk and toiletries especially needed.",
  o=[("STREET_ADDRESS", "9 Foundry Yard"), ("POSTCODE", "BT12 5EF")])
R("r", "C", "org_address", "That building is the county's, not ours. Written correspondence to County Hall, Topsham Road, Exeter EX2 4QD.",
  o=[("STREET_ADDRESS", "County Hall, Topsham Road"), ("POSTCODE", "EX2 4QD")])
R("c", "C", "org_address", "Parking at Hawthorne Medical Practice, 41–43 Cliff Road is a nightmare on Mondays, can the council not put a proper limit on the bays?",
  o=[("STREET_ADDRESS", "Hawthorne Medical Practice, 41–43 Cliff Road")])
R("d", "S", "org_address", "Pop-up vaccination clinic at the Co-op car park, 120 Station Road, KW1 4AB on Thursday, 11am–4pm.",
  o=[("STREET_ADDRESS", "120 Station Road"), ("POSTCODE", "KW1 4AB")])
R("d", "S", "org_address", "Our bereavement services office has moved to the Lodge, Westgate Cemetery, Carr Lane. Same phone number, same opening hours.",
  o=[("STREET_ADDRESS", "the Lodge, Westgate Cemetery, Carr Lane")])
R("d", "C", "org_address", "Credit union drop-in now every Tuesday at the Miners' Welfare, 5 Colliery Road, Bolsover S44 6HT.",
  o=[("STREET_ADDRESS", "Miners' Welfare, 5 Colliery Road"), ("POSTCODE", "S44 6HT")])
R("r", "S", "org_address", "Thanks, you can take the Blue Badge renewal documents to the Gateway, 23 Bank Street, Kilmarnock KA1 1HA and staff will scan them for you.",
  o=[("STREET_ADDRESS", "the Gateway, 23 Bank Street"), ("POSTCODE", "KA1 1HA")])
R("d", "C", "org_address", "Nominations for Citizen of the Year close soon. Forms at reception, Town Hall, Market Square, PE27 5AT.",
  o=[("STREET_ADDRESS", "Town Hall, Market Square"), ("POSTCODE", "PE27 5AT")])
R("c", "S", "org_address", "Citizens Advice is at 14 Priory Walk now, not the old place above the bank. Helped me loads with my energy debt.",
  o=[("STREET_ADDRESS", "14 Priory Walk")])
R("d", "S", "org_address", "New recycling banks for small electricals are now at Sainsbury's, Thornaby Road, TS17 8BT and the library car park in Yarm.",
  o=[("STREET_ADDRESS", "Sainsbury's, Thornaby Road"), ("POSTCODE", "TS17 8BT")])
