from common import em, fb, xx

ROWS = [
fb("complaint", "E", "2025-01-13", """Third week in a row our green bin's been left. Third. Every time I report it online I get an automated email and then nothing. What exactly am I paying for??""", "Dawn Hetherington", public=True),

xx("complaint", "N", "2025-02-24", """@council reported the streetlight out on Greenan Rd in October. Then November. Then January. Still pitch black. someone is going to get hurt""", "@greenan_gerry"),

em("complaint", "S", "2025-03-10", """I'm writing about the man who came to read the meter in my council flat on Thursday. He was aggressive, he told me to "shut up" when I asked for ID and he pushed past me into the hall. I'm 76 and I live alone. I was shaking for the rest of the day.
Agnes Lowrie
Flat 1/2, 8 Dumbarton Road""", "Agnes Lowrie", "agnes.lowrie@example.net", address="Flat 1/2, 8 Dumbarton Road"),

em("complaint", "W", "2025-04-07", """Dear Sir
In February I sent you my original marriage certificate along with my council tax reduction claim. You have now written to say you have "no record" of the certificate. It was an original. I want to know what you are going to do about this.
Mrs Eirlys Matthews""", "Eirlys Matthews", "eirlys.matthews@example.org"),

fb("complaint", "N", "2025-05-12", """Yous promised in March the potholes on the Glen Road would be filled "within 28 days". It's May. My tyre's burst. Not good enough""", "Shane Donnelly", public=True),

xx("complaint", "E", "2025-06-02", """@council been waiting 40 mins on hold to pay my parking permit, cut off twice, third time the woman sighed & hung up on me. absolute joke""", "@hollie_b_writes", public=False),

em("complaint", "S", "2025-06-30", """The council took my £35 for a bulky uplift (sofa and two chairs) booked for 20 June. Nobody came. Nobody phoned. I have had the sofa in my front garden for ten days and now a neighbour has had a letter about the mess. I want my money back and an apology.
Brian McGeachie""", "Brian McGeachie", "brian.mcgeachie@example.com"),

fb("complaint", "W", "2025-07-21", """Mae'r bin ailgylchu heb ei gasglu ers pythefnos ar Stryd y Bont. Dwi wedi ffonio ddwywaith. Dim byd. Siomedig iawn.""", "Dylan Wyn", public=True),

em("complaint", "E", "2025-08-18", """To the Head of Housing,
I have been waiting since April for my kitchen window to be repaired. Three appointments have been made; on each occasion I took a day off work and nobody turned up. On the last occasion I was told the contractor "didn't have the job on his sheet". I would like to know how you intend to put this right, and I want compensation for the three days' lost pay.
Leroy Campbell""", "Leroy Campbell", "leroy.campbell@example.net"),

xx("complaint", "S", "2025-09-15", """@council your parks guy literally drove the mower through the wildflower bit the community group planted at Saughbank. after we were told in writing it would be left. gutted.""", "@saughbank_growers"),

fb("complaint", "N", "2025-10-06", """I rang the council about my mum's assisted bin lift 3 weeks ago & was told someone would ring me back within 48 hrs. Nobody has. Rang again Monday, same again. How hard is it to pick up a phone""", "Karen Lennon", public=False),

em("complaint", "W", "2025-11-03", """Hi,
I applied for my son's free school meals in September with all the documents. In October I got a letter saying I hadn't sent proof of income. I had - I have the receipt from the hub. I've now sent it a second time. Meanwhile he's not getting his meals. Can someone actually sort this.
Leanne Probert""", "Leanne Probert", "leanne.probert@example.com"),

em("complaint", "E", "2025-12-08", """Your cemetery staff have strimmed round my husband's grave and destroyed the plants and the little solar light my grandchildren put there. Second time this year. Nobody has ever answered my letter from the first time. I'm heartbroken.
Joan Ridley
12 Moorside""", "Joan Ridley", "joan.ridley@example.org", address="12 Moorside"),

xx("complaint", "N", "2026-01-05", """@council gritter never came up our estate ONCE this week. Told it's a priority route. 2 cars in the hedge this morning. sort it out""", "@glenavy_gav", public=True),

fb("complaint", "S", "2026-01-26", """My planning application (extension) has gone past the 8 week date with no decision, the case officer doesn't answer emails and her voicemail is full. I've paid the fee and my builder is booked. Who do I speak to because this is shocking""", "Stuart Imrie", public=True),

em("complaint", "W", "2026-02-23", """Dear Council
I want to raise a serious concern about how I was treated at the Housing Options desk in Merthyr on Tuesday. The officer spoke to me loudly in front of a full waiting room about my rent arrears and my domestic situation. I have never been so humiliated.
Ms Tanya Roderick""", "Tanya Roderick", "tanya.roderick@example.net"),

xx("complaint", "E", "2026-03-16", """@council still no reply to my email from 3 weeks ago about the broken swing at Elm Park. or the one before that. kids have been taped out of it since Feb 🙄""", "@elmpark_mum"),

em("complaint", "N", "2026-04-27", """I paid £60 for my son's swimming lessons for the term at the leisure centre. 3 of the 10 lessons have been cancelled at short notice because there was no instructor and nobody's mentioned a refund. I'd like one.
Carmel Doherty""", "Carmel Doherty", "carmel.doherty@example.com"),

fb("complaint", "S", "2026-05-18", """Twice now the carer hasn't turned up for my dad's tea-time visit and nobody let us know. He's 91 and diabetic. I found him at 9pm having not eaten. This is not acceptable""", "Jacqueline Ross", public=False),

em("complaint", "E", "2026-06-15", """Hello. I'm writing for the second time about my council tax. I sold my house on 12 March, told you the same day, and you're still sending me bills and now a reminder notice threatening court. I've attached the completion statement AGAIN.
Colin Beresford""", "Colin Beresford", "colin.beresford@example.org"),

xx("complaint", "W", "2026-07-06", """@council third time this month the toilets at the prom have been locked at 2pm in the summer hols. families queuing at the café instead. who's in charge of this??""", "@aber_lass"),

fb("complaint", "N", "2026-08-17", """I was told by the registrar's office that our wedding booking was confirmed and paid. Turned up for the notice of marriage appointment and they had no record of us at all. We now may have to move the date. Still waiting for someone to explain how this happened""", "Aoife Brannigan", public=True),

em("complaint", "S", "2026-09-07", """I want to tell you how unhappy I am with the school transport team. My daughter has additional support needs and her escort has changed 4 times since August with no warning. Each time I only found out when a stranger turned up at my door. I've emailed and nobody replies.
Linda Crombie""", "Linda Crombie", "linda.crombie@example.net"),

xx("complaint", "E", "2026-10-19", """@council the bloke at the tip called me "love" three times and then told me I "wouldn't understand" the recycling rules. 2026 and still this. not impressed""", "@suze_in_stoke"),

em("complaint", "W", "2026-11-16", """Hello
Your website said the library would be open till 7 on Thursday. I got the bus 40 minutes with my two kids for the Lego club and it was shut at 5 with a handwritten sign. Third time the hours online have been wrong. It's just not fair on people who rely on buses.
Cerys Mahoney""", "Cerys Mahoney", "cerys.mahoney@example.com"),

fb("complaint", "S", "2026-12-14", """Bins not emptied in Bonnyrigg since the 1st. Phoned twice, told "tomorrow" twice. Overflowing now and the foxes are having a party. Getting beyond a joke""", "Heather Dalgleish", public=True),

em("complaint", "N", "2027-01-25", """Dear Sir/Madam,
I rang the Building Control department six times in December about the inspection of my extension. Each time I was promised a call back. Nobody has called and my builder has had to stop work, which is costing me money every day.
Gerard Mallon""", "Gerard Mallon", "gerard.mallon@example.org"),

xx("complaint", "E", "2027-02-22", """@council you sent me a PCN for parking in a bay I have a valid permit for. appealed with a photo of the permit. rejected with a form letter that didn't even mention it. wtf""", "@leicester_lee", public=False),

fb("complaint", "W", "2027-03-22", """The man who came to assess my garden for the adaptation was so rude, said I "should have thought about that before I bought a house with steps". I'm in a wheelchair after a stroke. I was in tears after.""", "Glenys Pritchard", public=False),

em("complaint", "S", "2027-04-26", """To whom it may concern
I returned my mum's blue badge after she died, as the letter asked, by recorded post. You now say you never received it and are threatening to pass the matter on. The Royal Mail tracking shows it was signed for at your offices. I find this distressing.
Iain Laidlaw""", "Iain Laidlaw", "iain.laidlaw@example.com"),

xx("complaint", "N", "2027-05-24", """@council 4th time logging the dog dirt at the play park entrance on Lisburn Rd. 4th time "job closed". is anybody actually going out?""", "@lisburn_rd_dad"),

em("complaint", "E", "2027-06-28", """I was promised at the ward surgery in April that the overgrown hedge blocking the pavement on Quarry Lane would be cut back. Still not done. I have to push my grandson's buggy into the road. I'm writing again because nothing else seems to work.
Pamela Wainwright""", "Pamela Wainwright", "pamela.wainwright@example.net"),

fb("complaint", "N", "2027-08-16", """Paid for a garden waste permit in March, never arrived, brown bin not emptied all summer because "no sticker". Rang 3x, emailed twice. Can I just have my £45 back then""", "Maureen Hutchinson", public=True),

em("complaint", "W", "2027-09-27", """Hello. On 3 September I handed in my housing benefit change of circumstances at the Civic Centre. The receptionist said it would be scanned. Now I've got an overpayment letter for £1,100 because I "didn't tell you". I DID. This is making me ill with worry.
Kyle Roberts""", "Kyle Roberts", "kyle.roberts@example.org"),

xx("complaint", "S", "2027-10-25", """@council the temporary traffic lights on the A82 at Dalreoch have been up 6 wks with nobody working there & your roads team said in Sept they'd be gone "in a fortnight". 40 min queues every morning""", "@dumbarton_dave"),
]
