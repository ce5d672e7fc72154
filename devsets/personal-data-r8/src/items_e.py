# Identifiers written to evade or by habit, other identifiers (and traps), and mixed lines.
from common import R, zw, shy, fw, arabic, persian, deva, beng, cyr, grk

# ---------------- evasion ----------------
x = zw("07700 900461", 3)
R("cS", "evasion", f"nobody at the council answers so just text me direct {x} if you can help with the bin strike clear up",
  p=["PH|" + x])
x = zw("siwan.pryce@example.com", 11)
R("cC", "evasion", f"I have photos of the fly tipper, email me on {x} and I'll send them over",
  p=["E|" + x])
x = zw("JM 40 17 22 C", 2, 8)
R("cS", "evasion", f"Universal credit keep asking for it so here, my NI is {x}, now can someone sort my housing element",
  p=["NI|" + x])
x = zw("SA44 6QT", 4)
R("cC", "evasion", f"Were at {x}, no bin collection for 3 weeks. Not even a sorry",
  p=["PC|" + x])
x = shy("0161 496 0873", 4, 9)
R("cS", "evasion", f"Anyone who found a brown leather wallet on the 42 bus please call {x}. has my late husbands photo in it",
  p=["PH|" + x])
x = shy("lewis.maddox@example.org", 5, 13)
R("rS", "evasion", f"Hi Lewis, we've received your request and will reply to {x} within 5 working days. ^Tom",
  p=["N|Lewis", "E|" + x])
x = fw("07700 900582")
R("cC", "evasion", f"selling 2 tickets for the council panto Saturday matinee, face value, ring {x}",
  p=["PH|" + x])
x = fw("kieran.d@example.net", letters=True)
R("cS", "evasion", f"still waiting on a reply to my complaint — {x} if anyone from the council actually wants to get in touch",
  p=["E|" + x])
x = fw("LL53 7BN", letters=True)
R("cC", "evasion", f"Nothing collected at {x} since before christmas!!",
  p=["PC|" + x])
x = arabic("07700 900247")
R("cS", "evasion", f"I need help with the housing register form in Arabic, my phone {x}, please someone call me",
  p=["PH|" + x])
x = persian("0121 496 0385")
R("cC", "evasion", f"my brother needs an interpreter for the council tax appointment, his number {x}",
  p=["PH|" + x])
x = deva("07700 900913")
R("cS", "evasion", f"Lost gold chain near the temple car park on Sunday, please call {x} if found, very sentimental",
  p=["PH|" + x])
x = beng("020 7946 0518")
R("cC", "evasion", f"can the council call my mother about her blue badge, she only speaks Sylheti, {x}",
  p=["PH|" + x])
x = cyr("aled.morgan@example.com", which="ao")
R("cS", "evasion", f"Send the planning objection form to {x} please I cant download it",
  p=["E|" + x])
x = grk("KM 61 93 07 B", which="KMB")
R("cC", "evasion", f"I was told to put my national insurance in a comment?? {x}",
  p=["NI|" + x])
x = cyr("TS6 3HA", which="TH")
R("cS", "evasion", f"Another week, another missed bin at {x}",
  p=["PC|" + x])
R("cC", "evasion", "for anyone wanting to join the litter pick group email megan dot price at example dot com and I'll add you to the list",
  p=["E|megan dot price at example dot com"])
R("cS", "evasion", "Contact me: DYLAN.HUWS AT EXAMPLE DOT ORG, I have the dashcam footage of the collision with the bollard",
  p=["E|DYLAN.HUWS AT EXAMPLE DOT ORG"])
R("cC", "evasion", "message me at tash.ellery[at]example.net for the bags of kids clothes, free to anyone who needs them",
  p=["E|tash.ellery[at]example.net"])
R("cS", "evasion", "my email is paddy.quinn(at)example(dot)com if the housing officer wants the photos of the damp",
  p=["E|paddy.quinn(at)example(dot)com"])
R("cC", "evasion", "If anyone has spare sandbags I'll collect, efa.bowen{at}example.org",
  p=["E|efa.bowen{at}example.org"])
R("cS", "evasion", "ring me on oh seven seven double oh nine double oh four one two, I'll be in after 6. the drain is still blocked",
  p=["PH|oh seven seven double oh nine double oh four one two"])
R("cC", "evasion", "my landline is zero one one three, four nine six, oh two five eight if the warden wants to come and see the car",
  p=["PH|zero one one three, four nine six, oh two five eight"])
R("cS", "evasion", "text me 077 double 0 9 double 0 six 3 8 if u found a black cocker spaniel near the woods",
  p=["PH|077 double 0 9 double 0 six 3 8"])
R("cC", "evasion", "call O77OO 9OO l53 for the spare wheelie bin, free to collect",
  p=["PH|O77OO 9OO l53"])
R("cS", "evasion", "Still no reply. My number is 0 7 7 0 0 9 0 0 7 2 6 if anyone from highways can be bothered",
  p=["PH|0 7 7 0 0 9 0 0 7 2 6"])
R("rS", "evasion", "Thanks Grainne, we've updated the record with your number 07700 9OO 864 and the housing officer will call tomorrow. ^Niamh",
  p=["N|Grainne", "PH|07700 9OO 864"])
R("cC", "evasion", "my NI number is PX 48 31 72 B, the DWP man said the council would need it for the discount",
  p=["NI|PX 48 31 72 B"])
R("cS", "evasion", "our postcode is ess ay four four, six arr ell, not sure why the bin app says no collections",
  p=["PC|ess ay four four, six arr ell"])
x = zw("ryan.oakes@example.com", 4, 10)
R("rC", "evasion", f"Hi Ryan, we've sent the form to {x} – if it doesn't arrive check the junk folder. ^Steph",
  p=["N|Ryan", "E|" + x])
x = fw("0191 498 0327")
R("rS", "evasion", f"Hi Shirley, the housing team will ring you back on {x} this afternoon. ^Dan",
  p=["N|Shirley", "PH|" + x])
x = zw("476 941 0220", 4)
R("cC", "evasion", f"the hospital discharge team want my mums NHS number on the form, its {x}, can the social worker see it now",
  p=["NHS|" + x])
x = fw("4929 1664 2836 0159")
R("cS", "evasion", f"I tried to pay the garden waste on the website and it failed 3 times. Card {x}. Can you just take it from this",
  p=["CARD|" + x])
x = cyr("CF40 2PX", which="CP")
R("rS", "evasion", f"Hi Huw, we've logged the missed collection at 7 Bryn Terrace, {x} and it'll be picked up tomorrow. ^Rhodri",
  p=["N|Huw", "A|7 Bryn Terrace", "PC|" + x], case=True)
x = zw("029 2018 0466", 3, 8)
R("cC", "evasion", f"Anyone need a lift to the polling station on Thursday, my number is {x}. Happy to help older folk",
  p=["PH|" + x])
R("cS", "evasion", "email me on niamh underscore keane at example dot net please, the online form keeps crashing",
  p=["E|niamh underscore keane at example dot net"])
x = arabic("0141 496 0627")
R("rS", "evasion", f"Hi Faisal, we'll arrange an Arabic interpreter and call you on {x} to book the assessment. ^Ewan",
  p=["N|Faisal", "PH|" + x])
R("cC", "evasion", "M Y  N U M B E R  I S  0 1 6 3 2  9 6 0  8 8 1 anyone who can help with the flood clear up",
  p=["PH|0 1 6 3 2  9 6 0  8 8 1"])
x = fw("priya.sharma＠example．org")
R("cS", "evasion", f"Could someone in planning reply to {x}, still waiting on the decision notice",
  p=["E|" + x])
x = shy("NN14 3RW", 3)
R("cC", "evasion", f"Bins not emptied at {x} for the second time this month",
  p=["PC|" + x])
R("cS", "evasion", "I'm on seven seven double oh nine double oh 3 one 9 if anyone has seen my grey tabby, she's chipped",
  p=["PH|seven seven double oh nine double oh 3 one 9"])
x = deva("0118 496 0174")
R("cC", "evasion", f"my dad needs the carers assessment but he doesn't do email. call him {x}",
  p=["PH|" + x])
R("cS", "evasion", "Driving licence for the parking permit: RHYSE 705216 DW9KT apparently, can I just put it in here?",
  p=["DL|RHYSE 705216 DW9KT"])
R("cC", "evasion", "please contact me at oksana dot hrytsenko AT example DOT com for the free furniture for refugee families",
  p=["E|oksana dot hrytsenko AT example DOT com"])

# ---------------- other_id ----------------
R("cS", "other_id", "Here's my national insurance number for the council tax reduction, SN 72 50 13 D. Now can I get a decision",
  p=["NI|SN 72 50 13 D"])
R("cC", "other_id", "my NHS number is 560 480 8954 for the blue badge, the form wont let me put it in",
  p=["NHS|560 480 8954"])
R("cS", "other_id", "Please just take the payment for the bulky waste from my card 5413 9562 6731 4402 exp 09/28, I've been trying for an hour",
  p=["CARD|5413 9562 6731 4402"])
R("cC", "other_id", "For the refund of my overpaid council tax: sort code 20-47-11, account 71823094. Name on the account Janet Pickering",
  p=["BANK|71823094", "N|Janet Pickering"])
R("cS", "other_id", "My late husband's pension paid the rent, can you use this account now instead: GB59XMPL80430711998717",
  p=["IBAN|GB59XMPL80430711998717"])
R("cC", "other_id", "DOB 14/03/1987, name Carys Ellery, thats what they asked for on the phone so you should be able to find my housing application",
  p=["DOB|14/03/1987", "N|Carys Ellery"])
R("cS", "other_id", "Parking ticket was wrongly issued to my car, reg LB71 XKP, the bay wasn't marked!",
  p=["VRN|LB71 XKP"])
R("cC", "other_id", "for the voter ID thing my passport number is 548203917, will that do or do I need to come in",
  p=["PASS|548203917"])
R("cS", "other_id", "My driving licence is MORGA753116SM9IJ if you need it for the taxi badge renewal, the online form times out",
  p=["DL|MORGA753116SM9IJ"])
R("rS", "other_id", "Hi Jackie, thanks. We've found the penalty notice for vehicle FD22 OWN and it's been cancelled as the bay sign was missing. ^Dan",
  p=["N|Jackie", "VRN|FD22 OWN"])
R("rC", "other_id", "Hi Arwel, we've checked the housing application under the date of birth 02/11/1959 and it's active. ^Lowri",
  p=["N|Arwel", "DOB|02/11/1959"])
R("cC", "other_id", "does anyone know why the school said they need Mia's NHS number 284 594 5175 for the trip form??",
  p=["C|Mia", "NHS|284 594 5175"])
R("cS", "other_id", "Paid my council tax online with card ending 4471 and it's been taken twice this month. Who do I speak to?")
R("dC", "other_id", "⚠️ Fake 'council tax rebate' texts are going round asking people to confirm their sort code and account number. We will never text you for your bank details.")
R("rC", "other_id", "Hi, please don't post your card details on here. We've hidden your comment to keep you safe. If you ring 01536 714200 the payments line can take it securely. ^Tom",
  o=["PH|01536 714200"])
R("cC", "other_id", "The blue car reg ending 'TKE' parks across my drive every day, can the wardens look at it?")
R("cS", "other_id", "born 23 July 1948 and still can't get the online bus pass form to accept my age, useless",
  p=["DOB|23 July 1948"])
R("cC", "other_id", "my daughters passport number for the school trip form is 302918475, Lily-May Kerr, Year 7 at Brannock High",
  p=["PASS|302918475", "C|Lily-May Kerr, Year 7 at Brannock High"])
R("cS", "other_id", "NI no TW 35 81 60 A, hope thats what u wanted for the council tax support form",
  p=["NI|TW 35 81 60 A"])
R("rS", "other_id", "Hi Colm, we can see the permit for ZK68 BEW is valid until June. The warden has been told. ^Niamh",
  p=["N|Colm", "VRN|ZK68 BEW"])
R("cC", "other_id", "I paid by bank transfer from GB24 FAKE 4779 2524 3687 26 but it's not shown on my rent account",
  p=["IBAN|GB24 FAKE 4779 2524 3687 26"])
R("cS", "other_id", "tried to pay the parking fine on 4658 3809 1849 6293 and the page crashed, has it gone through or not",
  p=["CARD|4658 3809 1849 6293"])
R("cC", "other_id", "We got a letter saying the direct debit failed, ref ends -0093. The bank says it's the council's fault. Typical.")
R("dS", "other_id", "Reminder: never share your card details, PIN or one-time passcode in a comment or message. Report suspicious messages to 7726.",
  o=["PH|7726"])
R("cS", "other_id", "Claimant: Barry Spence, DOB 1/6/1971, NI number NE 29 44 86 C. Been waiting 11 weeks for a housing benefit decision",
  p=["N|Barry Spence", "DOB|1/6/1971", "NI|NE 29 44 86 C"])
R("cC", "other_id", "Parked legally at the station, reg number KP17 HZA and still got a ticket. appealing",
  p=["VRN|KP17 HZA"])
R("rS", "other_id", "Hi Dorota, we've received your DLA evidence. Please don't post the NHS number 416 686 9035 here again – we've removed the photo. ^Steph",
  p=["N|Dorota", "NHS|416 686 9035"])
R("cS", "other_id", "My account number is 40912276 and the sort code 30-90-18, pay the refund in there",
  p=["BANK|40912276"])
R("cC", "other_id", "Please note we've changed banks, the new details are on the letter, the old account finishing in 18 is closed. Council's problem now")
R("cS", "other_id", "its on the blue badge I think, 448 733 9332 is my NHS number, and the date of birth is 30.09.1953",
  p=["NHS|448 733 9332", "DOB|30.09.1953"])
R("dS", "other_id", "Card payment problems this morning have been fixed. If you were charged twice, the duplicate will drop off within 3 working days. Don't send us card numbers.")
R("cC", "other_id", "Passport 611057392 and licence OKAFO802214CE8LR both sent for the taxi licence check in February, still no badge",
  p=["PASS|611057392", "DL|OKAFO802214CE8LR"])
R("rC", "other_id", "Hi, we've passed the payment query to the income team. Please don't post any more of your card number – 'ending 0159' is enough for us to find it. ^Aisha")
R("cS", "other_id", "My car was towed, reg YC21 MNO, by your contractor from a road with no signs. I want it back without the £150",
  p=["VRN|YC21 MNO"])
R("cC", "other_id", "account 93827164 sort 40-11-62 for anyone wanting to donate to the Carney family after the house fire",
  p=["BANK|93827164", "N|Carney"])

# ---------------- mixed ----------------
R("rS", "mixed", "Hi Aled, we've logged the leak at 12 Heol Gwenallt as urgent. If it gets worse tonight ring our out-of-hours line 0300 062 4410. ^Lowri",
  p=["N|Aled", "A|12 Heol Gwenallt"], o=["PH|0300 062 4410"], case=True)
R("cS", "mixed", "I rang 01924 306 500 three times and gave them my number 07700 900 195 and still nobody has called me back about the fence",
  p=["PH|07700 900 195"], o=["PH|01924 306 500"])
R("rC", "mixed", "Hi Yvonne, we've replied to yvonne.carr@example.com. For anything urgent the revenues team are on council.tax@coldbeck.gov.uk. ^Aisha",
  p=["N|Yvonne", "E|yvonne.carr@example.com"], o=["E|council.tax@coldbeck.gov.uk"])
R("dS", "mixed", "Found at the Civic Offices, Tollgate Way, NN14 6QD: a mobile phone with a case marked 'Precious Adeyemi'. Claim at reception.",
  p=["N|Precious Adeyemi"], o=["A|Civic Offices, Tollgate Way", "PC|NN14 6QD"])
R("rS", "mixed", "Hi Graham, the repair to the communal door at 8 Wellfield Court is booked. Questions? housing.repairs@fenwold.gov.uk. ^Mo",
  p=["N|Graham", "A|8 Wellfield Court"], o=["E|housing.repairs@fenwold.gov.uk"], case=True)
R("cC", "mixed", "ring Citizens Advice on 0808 278 7841 they helped me and my wife Shona loads with the council tax arrears",
  p=["N|Shona"], o=["PH|0808 278 7841"])
R("rS", "mixed", "Hi Craig, sorry your brown bin was missed at 33 Sunnybank Road, PR5 6LT. It'll be collected Saturday. You can also report missed bins on 01772 625 400. ^Dan",
  p=["N|Craig", "A|33 Sunnybank Road", "PC|PR5 6LT"], o=["PH|01772 625 400"], case=True)
R("cS", "mixed", "contacted planning@harrowden.gov.uk about my neighbours extension at 15 Rowan Drive and heard nothing, my email is deb.foster@example.org",
  p=["A|15 Rowan Drive", "E|deb.foster@example.org"], o=["E|planning@harrowden.gov.uk"])
R("dS", "mixed", "Thanks to Bronwen Teague who volunteers every Thursday at Callington Road Library, 4 Callington Road – 10 years this month! 🎉",
  p=["N|Bronwen Teague"], o=["A|Callington Road Library, 4 Callington Road"])
R("rC", "mixed", "Hi Nkechi, we'll call you on 07700 900 370 about the school place. You can also reach admissions on 01872 322 650. ^Kerensa",
  p=["N|Nkechi", "PH|07700 900 370"], o=["PH|01872 322 650"])
R("cC", "mixed", "the lady at Okafor Pharmacy told me to ring the council about the mould at 6 Dale View, my name's Tracey Ibbotson if it helps",
  p=["A|6 Dale View", "N|Tracey Ibbotson"], o=["N|Okafor Pharmacy"])
R("rS", "mixed", "Hi Murdo, the missed collection at 3 Sràid na Coille, Ardmhor is logged. Ferry delays affect some rounds – updates on 01631 566 688. ^Ewan",
  p=["N|Murdo", "A|3 Sràid na Coille, Ardmhor"], o=["PH|01631 566 688"], case=True)
R("cS", "mixed", "my son Jayden Moss (Year 3, Oakfield Juniors) was left at the school gate by the taxi again. I've emailed transport@harrowden.gov.uk",
  p=["C|Jayden Moss (Year 3, Oakfield Juniors)"], o=["E|transport@harrowden.gov.uk"])
R("dC", "mixed", "Mayor's Award winner Eddie Marsh, who ran the soup kitchen at Drumard Community Centre, 3 Market Square for 20 years. Well deserved!",
  p=["N|Eddie Marsh"], o=["A|Drumard Community Centre, 3 Market Square"])
R("rS", "mixed", "Hi Agnieszka, your bulky item collection at 40 Sycamore Way, HD9 5PS is booked for Tuesday. Confirmation sent from waste@coldbeck.gov.uk. ^Bex",
  p=["N|Agnieszka", "A|40 Sycamore Way", "PC|HD9 5PS"], o=["E|waste@coldbeck.gov.uk"], case=True)
R("cC", "mixed", "The Patel Brothers shop took in a parcel for Mr Dhillon at number 22 Grange Road, can he collect it before they close",
  p=["N|Mr Dhillon", "A|22 Grange Road"], o=["N|Patel Brothers"])
R("rC", "mixed", "Hi Lorraine, we've passed your details to the housing options team. They'll email lorraine.b@example.com; their direct number is 0191 643 2270. ^Steph",
  p=["N|Lorraine", "E|lorraine.b@example.com"], o=["PH|0191 643 2270"])
R("cS", "mixed", "Called the pest line 01443 586 410 about rats at 2 Bryn Celyn, they said someone would come. That was 2 weeks ago",
  p=["A|2 Bryn Celyn"], o=["PH|01443 586 410"])
R("dS", "mixed", "Lost: a hearing aid in a blue case, name Winifred Hale, at Aldergate Pool, 80–84 Station Parade. Handed to reception.",
  p=["N|Winifred Hale"], o=["A|Aldergate Pool, 80–84 Station Parade"])
R("rS", "mixed", "Hi Kofi, we've recorded the damp at Flat 7, 19 Wharf Street. Our repairs line is 0300 062 4410 if anything changes. ^Lowri",
  p=["N|Kofi", "A|Flat 7, 19 Wharf Street"], o=["PH|0300 062 4410"], case=True)
R("cC", "mixed", "Emailed foi@caerwen.gov.uk as Mererid Bowen from mererid.bowen@example.net asking about the school closure, waiting 25 days now",
  p=["N|Mererid Bowen", "E|mererid.bowen@example.net"], o=["E|foi@caerwen.gov.uk"])
R("rS", "mixed", "Thanks Sinéad – the abandoned car outside 19 Glenside Park has been reported. If it's a danger, call the police on 101. ^Niamh",
  p=["N|Sinéad", "A|19 Glenside Park"], o=["PH|101"], case=True)
R("cS", "mixed", "for the benefit of others, I sent my form to Coldbeck Town Hall, Wesley Street, HD9 4AA and included my phone 07700 900 552, got a reply in a week",
  p=["PH|07700 900 552"], o=["A|Coldbeck Town Hall, Wesley Street", "PC|HD9 4AA"])
R("dL", "mixed", "Working with Mrs Okonkwo at 4 Harewood Close to get her adaptations done. Anyone else waiting can email me via member.services@harrowden.gov.uk. Cllr Tariq Bashir",
  p=["N|Mrs Okonkwo", "A|4 Harewood Close"], o=["E|member.services@harrowden.gov.uk"], case=True)
R("rC", "mixed", "Hi Stuart, your council tax account for 10 Burnside, Kirkfallow has been updated. For Direct Debit changes call 0300 333 0852. ^Ewan",
  p=["N|Stuart", "A|10 Burnside, Kirkfallow"], o=["PH|0300 333 0852"], case=True)
R("cC", "mixed", "Emma Royle and her partner Dev did the cake stall at the Scout hut, email hello@merrowfieldscouts.org.uk if you want to order one",
  p=["N|Emma Royle", "N|Dev"], o=["E|hello@merrowfieldscouts.org.uk"])
R("rS", "mixed", "Hi Iwan, we'll send the replacement bin to Llys Gwyn, Cwm Tegid. Any problems, gwastraff@glanmorfa.llyw.cymru. ^Rhodri",
  p=["N|Iwan", "A|Llys Gwyn, Cwm Tegid"], o=["E|gwastraff@glanmorfa.llyw.cymru"], case=True)
R("cS", "mixed", "Jenny Halloran from the residents assoc says to ring 0345 600 7231 for the bulky waste, she got hers done in 2 days",
  p=["N|Jenny Halloran"], o=["PH|0345 600 7231"])
R("rS", "mixed", "Hi Fionnuala, thanks – the broken paving outside 12 Ashgrove Avenue, BT80 7QD is logged. Trip hazards can also be reported on 028 8776 4100. ^Niamh",
  p=["N|Fionnuala", "A|12 Ashgrove Avenue", "PC|BT80 7QD"], o=["PH|028 8776 4100"], case=True)
R("cC", "mixed", "Sean Tully's Bar on the square let us use their toilets for the fun run, cheers lads! Our Mikey was running for the hospice",
  p=["N|Mikey"], o=["N|Sean Tully's Bar"])
