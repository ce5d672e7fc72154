# Addresses in uncommon shapes, and residents' addresses tied to their case.
from common import R

# ---------------- address_uncommon ----------------
R("rS", "address_uncommon", "Hi Bethan, we've booked the bulky collection for the sofa at 9 Maes yr Ysgol for Wednesday. Please have it out by 7am. ^Lowri",
  p=["N|Bethan", "A|9 Maes yr Ysgol"], case=True)
R("rS", "address_uncommon", "Thanks for your patience – our damp and mould surveyor will visit Flat 2/1, 45 Kelvinbrae Street on Tuesday morning. ^Ewan",
  p=["A|Flat 2/1, 45 Kelvinbrae Street"], case=True)
R("rS", "address_uncommon", "Sorry about the missed collection at 2F2, 9 Marchfield Terrace. The crew will return tomorrow – please leave the bags at the stair door. ^Ewan",
  p=["A|2F2, 9 Marchfield Terrace"], case=True)
R("rS", "address_uncommon", "Hi Gwil, the pest control officer is booked for Ty'n Llidiart, Pentre Cerrig on Friday between 9 and 12 to look at the rats in the outbuildings. ^Rhodri",
  p=["N|Gwil", "A|Ty'n Llidiart, Pentre Cerrig"], case=True)
R("rS", "address_uncommon", "We've raised a repair for the leaking gutter at 31 Glebelands. A contractor will call you to arrange a time. ^Dan",
  p=["A|31 Glebelands"], case=True)
R("rC", "address_uncommon", "Hi Morag, the environmental health officer will call at 4 Cnoc an t-Sìthein, Barabhas about the smoke from the neighbouring croft. ^Ewan",
  p=["N|Morag", "A|4 Cnoc an t-Sìthein, Barabhas"], case=True)
R("cS", "address_uncommon", "still waiting on the garden waste bin for Higher Trewint Farm, St Wenna. paid in March!!",
  p=["A|Higher Trewint Farm, St Wenna"])
R("rS", "address_uncommon", "Hi, the noise complaint about the dog at Basement Flat, 17 Royal Mews Crescent has been passed to the night team to monitor. ^Bex",
  p=["A|Basement Flat, 17 Royal Mews Crescent"], case=True)
R("rS", "address_uncommon", "Thanks Jordan, your assisted collection at Apartment 23, Dyehouse Mill is now set up – the crew will collect from the bin store door. ^Mo",
  p=["N|Jordan", "A|Apartment 23, Dyehouse Mill"], case=True)
R("dL", "address_uncommon", "Met residents at 2 and 4 Orchard Rise tonight about the subsidence cracks. The council's building control team will inspect both houses next week. Cllr Tariq Bashir",
  p=["A|2 and 4 Orchard Rise"], case=True)
R("rS", "address_uncommon", "Bore da Eirlys, mae'r casgliad ailgylchu wedi'i aildrefnu ar gyfer 12 Heol y Felin dydd Iau. Ymddiheuriadau am y trafferth. ^Lowri",
  p=["N|Eirlys", "A|12 Heol y Felin"], case=True)
R("cC", "address_uncommon", "our address is Bryn Awel, Llanfeilo and the sat nav always sends the delivery drivers up the wrong lane, can you put a sign up",
  p=["A|Bryn Awel, Llanfeilo"])
R("rS", "address_uncommon", "Hi Tom, the assessment for the stairlift at 7 Broadacres has been booked for the 14th. An occupational therapist will call you first. ^Steph",
  p=["N|Tom", "A|7 Broadacres"], case=True)
R("rS", "address_uncommon", "We've logged the overflowing communal bins at Flat 0/2, 88 Craigielea Road and the bin lorry will return on Saturday. ^Ewan",
  p=["A|Flat 0/2, 88 Craigielea Road"], case=True)
R("rS", "address_uncommon", "Hi Calum, the housing officer will visit 18 Baile Ùr, Siadar on Monday about the broken storage heaters. ^Ewan",
  p=["N|Calum", "A|18 Baile Ùr, Siadar"], case=True)
R("cS", "address_uncommon", "the water has been coming through the ceiling at flat 6, 2 Tannery Yard for a week now and no-one from housing has rung back",
  p=["A|flat 6, 2 Tannery Yard"])
R("rS", "address_uncommon", "Diolch Alwen. Rydyn ni wedi trefnu i'r tîm draenio ymweld â Tan y Bryn, Cwm Tegid ddydd Mawrth ynglŷn â'r llifogydd yn yr ardd. ^Rhodri",
  p=["N|Alwen", "A|Tan y Bryn, Cwm Tegid"], case=True)
R("rS", "address_uncommon", "Hi Shauna, we've passed the request for a new wheelie bin at 3 Kingsmead to the depot and it'll be delivered within 10 days. ^Niamh",
  p=["N|Shauna", "A|3 Kingsmead"], case=True)
R("rS", "address_uncommon", "The planning enforcement officer will visit Lower Bowden Farm, Hatherleigh Cross on Thursday about the caravans on the field. ^Kerensa",
  p=["A|Lower Bowden Farm, Hatherleigh Cross"], case=True)
R("cC", "address_uncommon", "If anyone finds a grey cat with a white chest please bring him back to Rose Cottage, Little Tarrant, he's called Smudge",
  p=["A|Rose Cottage, Little Tarrant"])
R("rS", "address_uncommon", "Hi Pádraig, we've asked the street lighting contractor to repair the light outside 22 Ard na Gréine – it's on their list for next week. ^Niamh",
  p=["N|Pádraig", "A|22 Ard na Gréine"], case=True)
R("rS", "address_uncommon", "The council tax team have applied the single person discount for 5 The Paddocks, backdated to June. A new bill is in the post. ^Tom",
  p=["A|5 The Paddocks"], case=True)
R("rS", "address_uncommon", "Hi Lachlan, a repairs operative will look at the door entry system at Flat 3/2, 7 Whinhill Court on Friday. ^Ewan",
  p=["N|Lachlan", "A|Flat 3/2, 7 Whinhill Court"], case=True)
R("dL", "address_uncommon", "I've asked officers to urgently look at the damp in the family home at 11 Lôn Las, where two young children are living with black mould. This is not acceptable. Cllr Hywel Bowen",
  p=["A|11 Lôn Las"], case=True)
R("cS", "address_uncommon", "plot 7, Sunnyside Park Homes, still no collection since the new rounds started. we pay council tax too you know",
  p=["A|plot 7, Sunnyside Park Homes"])
R("rS", "address_uncommon", "Hi Jean, our welfare rights adviser will call on you at Ivy Lodge, Nether Kilbride on Wednesday to help with the attendance allowance form. ^Ewan",
  p=["N|Jean", "A|Ivy Lodge, Nether Kilbride"], case=True)
R("rS", "address_uncommon", "Thanks for reporting it. The rodent treatment at 40 Stryd Fawr was completed today; we'll return in a fortnight to check the baits. ^Rhodri",
  p=["A|40 Stryd Fawr"], case=True)
R("rS", "address_uncommon", "Hi Orla, Flat 1, 9 Linen Quay is on tomorrow's list for the recycling crew. Apologies it was missed. ^Niamh",
  p=["N|Orla", "A|Flat 1, 9 Linen Quay"], case=True)
R("cC", "address_uncommon", "We live at Pen y Cae Uchaf, Llanfeilo and the road up to us hasnt been gritted once this winter. the milk lorry cant get up",
  p=["A|Pen y Cae Uchaf, Llanfeilo"])
R("rS", "address_uncommon", "Hi Ruaridh, the missed garden waste collection for 16 Rathad na h-Abhainn, Ardmhor has been reported to the crew. ^Ewan",
  p=["N|Ruaridh", "A|16 Rathad na h-Abhainn, Ardmhor"], case=True)
R("rS", "address_uncommon", "Your housing benefit change of circumstances for Flat B, 60 Marlowe Mansions has been processed. Any overpayment letter will follow by post. ^Tom",
  p=["A|Flat B, 60 Marlowe Mansions"], case=True)
R("rS", "address_uncommon", "Hi Deryn, building control will inspect the dangerous wall at The Old Smithy, Cefn Eithin this afternoon. Please keep people away from it. ^Rhodri",
  p=["N|Deryn", "A|The Old Smithy, Cefn Eithin"], case=True)

# ---------------- case_linked ----------------
R("rS", "case_linked", "Hi Marcus, sorry your bins were missed. We've logged a missed collection for 14 Fernside Avenue and the crew will be back tomorrow. ^Dan",
  p=["N|Marcus", "A|14 Fernside Avenue"], case=True)
R("rS", "case_linked", "Thanks for your message. The noise case for 27 Whitebeam Close, HD9 3RT has been opened and an officer will send you diary sheets. ^Bex",
  p=["A|27 Whitebeam Close", "PC|HD9 3RT"], case=True)
R("rS", "case_linked", "We've booked a damp inspection at 5 Chestnut Grove for Tuesday 10am. Please make sure someone over 18 is in. ^Mo",
  p=["A|5 Chestnut Grove"], case=True)
R("rC", "case_linked", "Hi Leanne, we can see the council tax arrears on the account for 61 Wellington Street. The recovery team will ring you today to agree a plan. ^Aisha",
  p=["N|Leanne", "A|61 Wellington Street"], case=True)
R("rS", "case_linked", "Pest control have a visit booked at 3 Mill Race Lane, TR2 5EA for the wasps' nest on Thursday. ^Jowan",
  p=["A|3 Mill Race Lane", "PC|TR2 5EA"], case=True)
R("rS", "case_linked", "Our enforcement officer visited 88 Ravensworth Road today about the extension built without permission and has written to the owner. ^Kerensa",
  p=["A|88 Ravensworth Road"], case=True)
R("rS", "case_linked", "Hi Stacey, your housing repair (broken boiler) at 19 Priory Walk is logged as an emergency. An engineer will attend within 24 hours. ^Lowri",
  p=["N|Stacey", "A|19 Priory Walk"], case=True)
R("rS", "case_linked", "Thanks Ahmed – the fly-tip in the garden at 9 Alma Road, NN14 4JB has been recorded and we'll write to the landlord. ^Mo",
  p=["N|Ahmed", "A|9 Alma Road", "PC|NN14 4JB"], case=True)
R("rC", "case_linked", "We've checked and there's a hold on the benefits claim for 42 Springbank Drive while we wait for your payslips. ^Tom",
  p=["A|42 Springbank Drive"], case=True)
R("rS", "case_linked", "Hi, the missed recycling at your address in BT71 4QR has been reported and will be collected Saturday. ^Niamh",
  p=["PC|BT71 4QR"], case=True)
R("rS", "case_linked", "The smoke nuisance complaint about the bonfires at 12 Hawthorn Bank is open and the officer has written to the occupier. ^Bex",
  p=["A|12 Hawthorn Bank"], case=True)
R("dL", "case_linked", "Good news for the Nowicki family at 70 Lowther Street: after my intervention the council has agreed to fix their leaking roof this week. Cllr Jenna Trewin",
  p=["N|Nowicki", "A|70 Lowther Street"], case=True)
R("rS", "case_linked", "Hi Rob, your request for a new blue box at 2 Foundry Cottages, PL14 6NB is with the depot. ^Jowan",
  p=["N|Rob", "A|2 Foundry Cottages", "PC|PL14 6NB"], case=True)
R("rS", "case_linked", "Sorry for the delay, Mrs Pearce. The disabled facilities grant survey at 35 Laburnum Road is now booked for the 3rd. ^Steph",
  p=["N|Mrs Pearce", "A|35 Laburnum Road"], case=True)
R("rS", "case_linked", "We've had the report of the untaxed car outside 117 Caledonian Road and an officer will check the vehicle this week. ^Ewan",
  p=["A|117 Caledonian Road"], case=True)
R("rS", "case_linked", "Hi Kirsty, the rent account for 8 Thistle Court shows your last payment on the 2nd. If you think it's wrong, DM us. ^Ewan",
  p=["N|Kirsty", "A|8 Thistle Court"], case=True)
R("rS", "case_linked", "Environmental health have opened a case for the pigeons nesting at 24 Bedford Row, WF10 1NU and will contact the owner. ^Bex",
  p=["A|24 Bedford Row", "PC|WF10 1NU"], case=True)
R("rS", "case_linked", "Hi Gemma, the tree preservation order enquiry for the oak at 6 Beech Hollow has been passed to our tree officer. ^Kerensa",
  p=["N|Gemma", "A|6 Beech Hollow"], case=True)
R("rS", "case_linked", "The missed clinical waste collection for LN11 9HF has been escalated and a crew will come out today. Apologies. ^Mo",
  p=["PC|LN11 9HF"], case=True)
R("rC", "case_linked", "Hi Nasreen, we've registered the homelessness application for you and the children at 15 Gordon Street. Your caseworker will ring at 2pm. ^Aisha",
  p=["N|Nasreen", "A|15 Gordon Street"], case=True)
R("rS", "case_linked", "Thanks, the abandoned trolleys behind 51 Cromer Road have been reported to the store for collection. ^Dan",
  p=["A|51 Cromer Road"], case=True)
R("rS", "case_linked", "Hi Ellis, we've logged the broken kerb outside your drive at 30 Kenilworth Avenue, CV35 8BT and an inspector will look within 5 working days. ^Dan",
  p=["N|Ellis", "A|30 Kenilworth Avenue", "PC|CV35 8BT"], case=True)
R("rS", "case_linked", "The rats reported at 4 Nelson Terrace have been treated. If you see more activity please let us know. ^Jowan",
  p=["A|4 Nelson Terrace"], case=True)
R("rS", "case_linked", "Sorry your bin wasn't returned after collection, Gloria – we've added a note to the round for 10 Ashby Close. ^Mo",
  p=["N|Gloria", "A|10 Ashby Close"], case=True)
R("rS", "case_linked", "Hi, the licensing team have logged your complaint about late deliveries to the shop at 2A Market Place, and the neighbour at 2B Market Place has been told. ^Tom",
  p=["A|2B Market Place"], o=["A|2A Market Place"], case=True)
R("dL", "case_linked", "After 9 months of chasing, the Hussain family at 47 Roseberry Crescent, TS6 0PL finally have a date for their adaptations. Keep going, it does work! Cllr Fiona Laverty",
  p=["N|Hussain", "A|47 Roseberry Crescent", "PC|TS6 0PL"], case=True)
R("rS", "case_linked", "Hi Derek, the anti-social behaviour report about the house next to yours at 21 Saxon Way is now with the community safety team. ^Bex",
  p=["N|Derek", "A|21 Saxon Way"], case=True)
R("rS", "case_linked", "We've reported the fallen tree blocking the drive at 1 Quarry Cottages, SA44 6RL to the highways crew. ^Rhodri",
  p=["A|1 Quarry Cottages", "PC|SA44 6RL"], case=True)
R("rS", "case_linked", "Hi Tanya, the asbestos survey for the garage at 63 Meadow Lane is booked. Please don't disturb the roof sheets until then. ^Lowri",
  p=["N|Tanya", "A|63 Meadow Lane"], case=True)
R("rC", "case_linked", "The council tax reduction for 14 Tudor Road, PE21 7XS has been awarded from April – you'll get a revised bill. ^Aisha",
  p=["A|14 Tudor Road", "PC|PE21 7XS"], case=True)
R("rS", "case_linked", "Hi Paul, we've raised a job for the condensation problem at 9B Station Road. A surveyor will ring to book. ^Dan",
  p=["N|Paul", "A|9B Station Road"], case=True)
R("rS", "case_linked", "The planning enforcement case about the fence height at 18 Lark Rise, BS16 2WQ has been opened. The owner has 28 days to respond. ^Kerensa",
  p=["A|18 Lark Rise", "PC|BS16 2WQ"], case=True)
R("rS", "case_linked", "Thanks Mrs Ferreira, the missed assisted collection at 77 Garden Street has been picked up today and the crew reminded. ^Mo",
  p=["N|Mrs Ferreira", "A|77 Garden Street"], case=True)
R("rS", "case_linked", "Hi, your report about the smell from the drains at 3 Cedar Court, NE46 1PB has been passed to the water company and our officer. ^Ewan",
  p=["A|3 Cedar Court", "PC|NE46 1PB"], case=True)
R("rS", "case_linked", "Hi Bryony, the bed bug treatment at 56 Victoria Road is booked for Monday. Please follow the preparation sheet we emailed. ^Jowan",
  p=["N|Bryony", "A|56 Victoria Road"], case=True)
R("rS", "case_linked", "We've added a reminder to collect the side waste at 26 Prospect Street, HU9 2LR after Thursday's missed round. ^Dan",
  p=["A|26 Prospect Street", "PC|HU9 2LR"], case=True)
R("rC", "case_linked", "Hi Wes, the discretionary housing payment for 8 Elm Row has been agreed for six months. Letter to follow. ^Tom",
  p=["N|Wes", "A|8 Elm Row"], case=True)
R("rS", "case_linked", "The dog fouling report for the front garden of 13 Carlton Gardens is with the dog warden, who will visit the owner. ^Bex",
  p=["A|13 Carlton Gardens"], case=True)
R("dL", "case_linked", "Sorted: the blocked drain flooding the ground floor flat at 5 Dock Street, DD1 3JX was cleared this morning after I raised it with Scottish Water. Cllr Alasdair Rennie",
  p=["A|5 Dock Street", "PC|DD1 3JX"], case=True)
R("rS", "case_linked", "Hi Cerys, the repair to the front door at 28 Heol Islwyn is booked for Friday between 8 and 1. ^Lowri",
  p=["N|Cerys", "A|28 Heol Islwyn"], case=True)
