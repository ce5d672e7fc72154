# A last batch: surname-possessive businesses, more public contact points, more address shapes and identifiers.
from common import R, zw, shy, fw, arabic, persian, deva, beng, cyr, grk

R("dS", "business_name_like_person", "Our Small Business Saturday trail includes Whitelaw's Butchers, O'Hare's Bar and Pritchard's Garage – collect a stamp at each for a free coffee.",
  o=["N|Whitelaw's Butchers", "N|O'Hare's Bar", "N|Pritchard's Garage"])
R("cC", "business_name_like_person", "Tiny Tilly's Playgroup in the church hall have places from September if anyone's looking, the staff are lovely",
  o=["N|Tiny Tilly's Playgroup"])
R("rS", "business_name_like_person", "Hi, the food hygiene rating for Mehmet's Grill was re-inspected last week and is now a 4. Ratings are on the FSA site. ^Bex",
  o=["N|Mehmet's Grill"])
R("dS", "org_email", "Potholes can be reported on the app, or by email to highways@tamarleigh.gov.uk with a photo and the nearest house number or landmark.",
  o=["E|highways@tamarleigh.gov.uk"])
R("rC", "org_email", "Hi, that stretch of coast path is looked after by the national park, not us. Their rangers are on rangers@eryrimor.org.uk. ^Rhodri",
  o=["E|rangers@eryrimor.org.uk"])
R("rS", "org_address", "Hi! You can return the old recycling boxes to any library, or to the depot at Unit 9, Balloo Link, BT19 7HJ. ^Niamh",
  o=["A|Unit 9, Balloo Link", "PC|BT19 7HJ"])
R("rC", "org_address", "Thanks for asking. The Registrar is at Kirkfallow Burgh Chambers, 1 High Street, PH2 8AD, open 9.30 to 4. ^Ewan",
  o=["A|Kirkfallow Burgh Chambers, 1 High Street", "PC|PH2 8AD"])
R("rS", "address_uncommon", "Hi Struan, the close door at 14/3 Bellfield Pend will be fixed on Thursday. Sorry it's taken so long. ^Ewan",
  p=["N|Struan", "A|14/3 Bellfield Pend"], case=True)
R("rS", "address_uncommon", "Hi, the septic tank emptying for Greystones, Nether Brampford is confirmed for the 19th. Please make sure the lid is clear. ^Kerensa",
  p=["A|Greystones, Nether Brampford"], case=True)
R("cC", "address_uncommon", "we're the farm at 41 Tullyvar Road, Drumard and the bin lorry never makes it up the lane in winter. can we get a bigger bin",
  p=["A|41 Tullyvar Road"])
R("rS", "other_id", "Hi Elaine, we've refunded the overpayment to the card 5299 9813 8096 1979 you used online. It may take 5 days. ^Tom",
  p=["N|Elaine", "CARD|5299 9813 8096 1979"])
R("cS", "other_id", "Why was my bus pass refused? Date of birth 11 February 1961 and I've lived here 40 years. NI is WK 84 07 33 A",
  p=["DOB|11 February 1961", "NI|WK 84 07 33 A"])
x = zw("4917 6529 9118 7875", 5, 15)
R("cC", "evasion", f"I can't pay the council tax over the phone, the machine doesn't understand me. My card is {x}, please just take it",
  p=["CARD|" + x])
x = fw("GB24FAKE47792524368726", letters=True)
R("cS", "evasion", f"The refund should go to {x}, not my old account, please update it",
  p=["IBAN|" + x])
R("dS", "clean", "Dog fouling patrols this week on Lord Street, Duke Street and King William Walk. Fixed penalty is £100.")
R("dC", "clean", "Cllr Gareth Prosser will chair tonight's Licensing Committee. Meeting papers, including the application for the old Drill Hall, are on our website.")
R("cS", "clean", "Has the tip in Lisnaskea Road changed its hours? sign says one thing website says another")
R("dS", "mixed", "Thanks to Irene and Walter Cuthbertson for donating their late sister's piano to Callington Road Library, 4 Callington Road, PL14 3AX 🎹",
  p=["N|Irene", "N|Walter Cuthbertson"], o=["A|Callington Road Library, 4 Callington Road", "PC|PL14 3AX"])
R("cS", "comment_pd", "can the social worker ring my nan Maud Ashworth she has no credit on her phone. its 01632 960 447 the landline",
  p=["N|Maud Ashworth", "PH|01632 960 447"])
R("rS", "case_linked", "Hi Jodie, we've reported the fallen fence panel between 12 and 14 Ferndale Road to the housing team and it's on their list. ^Dan",
  p=["N|Jodie", "A|12 and 14 Ferndale Road"], case=True)
