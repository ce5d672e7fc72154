from common import m
MESSAGES = [
# subject access
m("sar", "N", "2025-02-17", "EM", "I used to work as a lifeguard at Ballyreagh pool. I'd like copies of the emails managers sent about me when I left in 2023, and my exit interview notes. Shannon Magee", name="Shannon Magee", email="shannon.magee@example.com"),
m("sar", "N", "2027-02-17", "PX", "@BallyreaghCouncil send me whatever your enforcement people wrote in their notebook when they stopped me on the Moira Road about my trailer. i want to see it", handle="@trailer_tam"),
m("sar", "W", "2026-09-30", "EM", "Could I have a copy of the notes from my son's school exclusion meeting that relate to me - I was told I was 'aggressive' in them and I'd like to see exactly what was written about me. Rachel Bevan", name="Rachel Bevan", email="rachel.bevan@example.org"),
m("sar", "W", "2025-01-31", "DF", "Freedom of information request please: my own records from the youth offending team in 2014-15. I need them for a job application. Email is jordan.w@example.net. Jordan Williams", name="Jordan Williams", email="jordan.w@example.net"),
m("sar", "S", "2027-07-31", "EM", "Hello, I attended a council job interview for a roads operative post and wasn't appointed. Please send me the interview panel's score sheets and notes about me. Kyle Anderson", name="Kyle Anderson", email="kyle.anderson@example.com"),
m("sar", "N", "2026-05-31", "EM", "Please send me the information held on me by your Good Relations team after the community meeting in March, including any notes naming me. Concerned Ratepayer", name="Concerned Ratepayer", email="ratepayer@example.net"),
# environmental
m("eir", "W", "2026-03-10", "EM", "Please send any surveys of coastal erosion at Traeth Bach and the council's cliff monitoring reports for the last five years. We live on Ffordd y Clogwyn. Alun Pritchard", name="Alun Pritchard", email="alun.pritchard@example.com"),
m("eir", "W", "2025-06-30", "PF", "Does the council have any air readings from outside Ysgol y Bont at drop-off time? All those idling engines can't be good for the kids", name="Manon Jenkins"),
m("eir", "N", "2026-06-26", "EM", "I'd like the culvert inspection reports for the Glenavy Burn where it runs under Main Street, and any flood incidents recorded there since 2020. Desmond Hanna", name="Desmond Hanna", email="desmond.hanna@example.org"),
m("eir", "N", "2025-12-05", "DF", "Hi could you send me the beach litter survey results for Portmellow strand from the last couple of years? For our clean-up group. Email: strandcleaners@example.com. Thanks, Orla", name="Orla Devine", email="strandcleaners@example.com"),
m("eir", "W", "2027-11-19", "EM", "Please provide the noise assessment and shadow flicker study for the Mynydd Llwyd wind turbine, and any complaints received since it started turning. Geraint Vaughan", name="Geraint Vaughan", email="geraint.vaughan@example.net"),
m("eir", "E", "2026-08-26", "EM", "What records do you have of rhododendron and Himalayan balsam clearance in Fernhill woods, and were any chemicals used? Beatrice Lamb", name="Beatrice Lamb", email="beatrice.lamb@example.com"),
# FOI
m("foi", "N", "2026-02-27", "EM", "Please tell me how many requests for personal information the council received from the public in 2025 and how many were answered within a month. Stephen Gault", name="Stephen Gault", email="stephen.gault@example.com"),
m("foi", "N", "2027-06-28", "EM", "Please send copies of the risk assessments and event management plan for this year's Ballyreagh bonfire night event and the cost of stewarding. Lorraine Kirk", name="Lorraine Kirk", email="lorraine.kirk@example.net"),
m("foi", "W", "2026-12-11", "EM", "My brother died in council temporary accommodation last year. I'd like the council's records about his housing, including the last welfare check. Catrin Howell", name="Catrin Howell", email="catrin.howell@example.org"),
m("foi", "W", "2027-03-12", "EM", "Please provide the number of Welsh language complaints received by the council in 2026 and the outcome of each. Dylan Rowlands", name="Dylan Rowlands", email="dylan.rowlands@example.com"),
m("foi", "S", "2027-04-02", "EM", "Please provide the number of council employees on zero-hours contracts at 31 March 2027, by department. Stuart Kerr", name="Stuart Kerr", email="stuart.kerr@example.net"),
# ambiguous
m("ambiguous", "W", "2027-03-17", "PF", "How many people went to the Aberhafren food festival this year? Seemed busier than ever!", name="Owain Price"),
m("ambiguous", "N", "2026-07-10", "DX", "hey what's the council paying for the new bins on the promenade? look very fancy", handle="@prom_walker"),
m("ambiguous", "W", "2025-11-28", "DF", "Hiya, how many libraries in Coedwig still open on Saturdays?", name="Ffion Rees"),
m("ambiguous", "E", "2026-11-30", "PX", "@KeldertonBC how many people work from home at the council these days? genuine question", handle="@kd_questions"),
# complaints
m("complaint", "N", "2026-01-05", "EM", "Your staff took our Christmas tree and the side gate came off its hinges when the crew dragged it out. I rang on the 29th and was told someone would come and look. Nobody came. Who is paying for the gate? Jacqueline Beattie", name="Jacqueline Beattie", email="j.beattie@example.com"),
m("complaint", "N", "2027-08-16", "PX", "@BallyreaghCouncil my mum's assisted bin collection has been missed 4 weeks in a row. She's 90 and can't drag it back in. Sort it out.", handle="@carer_conor"),
m("complaint", "W", "2026-05-18", "DF", "Sent my son's school meal payments through the app and they've vanished - school says he's in arrears. Rang 3 times, each time promised a call from the finance team. Still waiting.", name="Leah Prosser"),
m("complaint", "W", "2027-04-05", "EM", "The warden at Cae Mawr told my nephew, in front of his children, that 'your lot always bring trouble'. We are a Romany family who have lived here for years. This is not acceptable from someone working for the council. Levi Boswell", name="Levi Boswell", email="levi.boswell@example.net"),
m("complaint", "E", "2025-12-22", "PF", "Council blocked off the car park at the Leisure Centre for a week with zero notice and told nobody. Disabled members like me had to park half a mile away. Not impressed at all.", name="Sheila Gorton"),
m("complaint", "S", "2027-01-11", "EM", "Sent you my council tax reduction form with payslips in November, posted recorded delivery. You now say it never arrived and my account's gone to recovery. I have the recorded delivery receipt. Please stop the recovery action. Ross Mackenzie", name="Ross Mackenzie", email="ross.mackenzie@example.com"),
# service questions
m("service_question", "N", "2025-07-14", "PF", "Are the bins being collected today with the holiday or is it moved to tomorrow?", name="Gillian Armstrong"),
m("service_question", "N", "2027-03-17", "DX", "is the recycling centre open today for the holiday? got a trailer load", handle="@ballyreagh_dad"),
m("service_question", "W", "2026-02-02", "EM", "Hello, how do I register my interest in an allotment in Pentre? Thanks, Iolo Parry", name="Iolo Parry", email="iolo.parry@example.org"),
m("service_question", "W", "2025-08-11", "PF", "Someone's left a load of asbestos sheets by the bottle bank at Heol y Nant. Can you send someone to take it away safely?", name="Gwyn Edwards"),
# other
m("other", "N", "2027-05-24", "PF", "Fair play to the council, the new playpark at the Demesne is class. Kids are delighted.", name="Darragh McCann"),
m("other", "N", "2025-09-15", "DX", "honestly the council should just scrap the whole parking scheme, nobody wants it", handle="@town_centre_trader"),
m("other", "W", "2026-07-27", "PF", "Diolch am y ŵyl! The Welsh language festival in the square was fantastic. More of this please.", name="Llio Bowen"),
m("other", "S", "2025-01-27", "PX", "@StrathmoranCncl happy Burns Night for yesterday to all the staff 🥃", handle="@rabbie_fan"),
]
