# Batch H: more organisation shapes, person-like business names, names in natural forms, traps.
from common import R, zw, fw
D, Y, C = "draft", "reply", "comment"
CO, SV, CL = "CORPORATE", "SERVICE", "COUNCILLOR"
PN, SA, PC, PH, EM, CH = "PERSON_NAME", "STREET_ADDRESS", "POSTCODE", "PHONE", "EMAIL", "CHILD"

R(D, SV, "org_phone",
  "Trading Standards advice: before you let a doorstep trader start work, ring us on (01387) 264058 ext. 4127 and we'll check them out.",
  o=[(PH, "(01387) 264058")])
R(Y, SV, "org_phone",
  "Hi there, from outside Northern Ireland you can reach the cemetery office on +44 (0)28 4483 7266. Sorry for the run-around!",
  o=[(PH, "+44 (0)28 4483 7266")])
R(C, CO, "org_phone",
  "CAB number is 0808 223 1144 btw, they sorted my council tax arrears in one phone call",
  o=[(PH, "0808 223 1144")])
R(D, SV, "org_email",
  "Parents: Kirkhill Primary's office mailbox is now office@kirkhill.strathkinvale.sch.uk. Absence calls still go to the school phone line.",
  o=[(EM, "office@kirkhill.strathkinvale.sch.uk")])
R(D, CO, "org_email",
  "Information about last night's road traffic collision on the A7 should go to the police: roadspolicing.borders@scotland.police.uk, quoting incident 2911.",
  o=[(EM, "roadspolicing.borders@scotland.police.uk")])
R(Y, SV, "org_email",
  "The florist who does our civic wreaths is Morwenna Pascoe Florists — you can order from them at orders@morwennapascoeflowers.co.uk.",
  o=[(PN, "Morwenna Pascoe Florists"), (EM, "orders@morwennapascoeflowers.co.uk")])
R(D, SV, "org_address",
  "The new Kinvale food hall opens Friday at Abernethy's Butchers, 22 Market Street, KY8 1BT. Trading hours 8–6, closed Sundays.",
  o=[(PN, "Abernethy's Butchers"), (SA, "22 Market Street"), (PC, "KY8 1BT")])
R(C, SV, "org_address",
  "Drop-off for the toy appeal is the Salvation Army shop at 5 Fore Street, not the council offices, i just went to the wrong one",
  o=[(SA, "5 Fore Street")])
R(D, SV, "org_address",
  "Ballot box verification will take place at Lisnaree Leisure Centre, 3 Ballymoney Road, BT47 1GG, from 10pm. Candidates and agents only.",
  o=[(SA, "Lisnaree Leisure Centre, 3 Ballymoney Road"), (PC, "BT47 1GG")])
R(D, SV, "business_name_like_person",
  "Soft play safety inspections done: Tiny Tilly's Soft Play and Little Jack's Jungle both passed with no actions.",
  o=[(PN, "Tiny Tilly's Soft Play"), (PN, "Little Jack's Jungle")])
R(C, SV, "business_name_like_person",
  "Just say what it is, the rat problem is behind Sammy Chan's Takeaway not in peoples gardens",
  o=[(PN, "Sammy Chan's Takeaway")])
R(D, SV, "name_natural",
  "What a view over Loch Corran this morning! 📷 Aidan Rourke",
  p=[(PN, "Aidan Rourke")])
R(D, CO, "name_natural",
  "Thank you May, Rose and Will from the Tuesday craft group for the knitted poppies on the war memorial railings.",
  p=[(PN, "May"), (PN, "Rose"), (PN, "Will")])
R(C, SV, "name_natural",
  "THANK YOU TO DEREK FAIRLEY WHO FIXED THE BUS SHELTER BENCH HIMSELF WHEN THE COUNCIL WOULDNT",
  p=[(PN, "DEREK FAIRLEY")])
R(D, SV, "name_natural",
  "The oak tree at Priory Park was planted in 1946 by schoolchildren. This week Hope Amadi, who was one of them, helped us plant its successor.",
  p=[(PN, "Hope Amadi")])
R(C, CL, "name_natural",
  "yes it was Yvonne and Stan Birtwistle from the bungalows who started the petition not the residents association",
  p=[(PN, "Yvonne"), (PN, "Stan Birtwistle")])
R(Y, SV, "name_natural",
  "Thanks Mrs Mac! We'll pass your kind words on to the lads on the Thursday round.",
  p=[(PN, "Mrs Mac")])
R(D, SV, "clean",
  "Pic: the new changing places toilet at Riverside Park, opened today by the Mayor and Paralympian Cllr Sam Adeyemi.")
R(Y, SV, "clean",
  "Thanks for reporting. We've logged the overflowing litter bin by the bus stop on Dunmore Road and it'll be emptied today.")
R(D, SV, "clean",
  "Register office closed 24 Dec to 2 Jan. Deaths can still be registered by appointment on 29 and 30 December.")
R(Y, SV, "clean",
  "Hiya — we've logged the missed collection for your street and the crew will be back tomorrow. Sorry about this. ^Ffion")
R(D, CL, "clean",
  "Asked officers for an update on the Wesley Street closure. It's now expected to reopen on 19 December, a week earlier than planned.")
R(C, SV, "clean",
  "Love the new bins in the town centre but who thought bright orange was a good idea")
R(D, SV, "identifier_kind_phrase",
  "To claim a Scottish Child Payment bridging payment you'll need your child's CHI number or date of birth, plus your own National Insurance number.")
R(D, SV, "other_id",
  "Our new 10-digit council tax account numbers start with 91. If you pay by standing order, please update the reference with your bank.")
R(C, CO, "comment_pd",
  "@Harrowdene Council so 14 Priory Gate gets a refund and I don't?",
  p=[(SA, "14 Priory Gate")])
