# Residents' names in natural sentences, residents' data in comments, and children.
from common import R

# ---------------- name_natural ----------------
R("dS", "name_natural", "Huge thanks to Gwenda and Alun Parry who cleared the snow from the steps of Capel Bethania every morning last week without being asked. Community spirit at its best ❄️",
  p=["N|Gwenda", "N|Alun Parry"])
R("dS", "name_natural", "A purse was handed in at Fenwold library reception this morning. The bank card inside says Kasia Nowak – if that's you, pop in with ID to collect it.",
  p=["N|Kasia Nowak"])
R("dC", "name_natural", "Our volunteer of the month is Femi Adebayo, who has run the Saturday repair café at Longnor for three years and fixed more than 400 toasters, lamps and bikes.",
  p=["N|Femi Adebayo"])
R("dC", "name_natural", "Congratulations to Jim and Maureen Telfer of Kirkfallow, who celebrate 60 years of marriage today and received a card from the King! 💎",
  p=["N|Jim", "N|Maureen Telfer"])
R("rS", "name_natural", "Hi Ciarán, thanks for letting us know – a crew will be out to the broken swing in the park this week. ^Niamh",
  p=["N|Ciarán"])
R("dS", "name_natural", "Eilidh MacAulay from Barabhas was the fastest finisher in the women's race at Saturday's island 10k, with Chrissie Morrison from Siadar just 12 seconds behind.",
  p=["N|Eilidh MacAulay", "N|Chrissie Morrison"])
R("cS", "name_natural", "shout out to shannon and her dad who were picking up litter round the bus station on sunday morning, nobody asked them to",
  p=["N|shannon"])
R("dC", "name_natural", "We are saddened to hear of the death of Bert Ollerenshaw, who kept the allotments at Spinney Hill going for more than forty years. Our thoughts are with his family.",
  p=["N|Bert Ollerenshaw"])
R("rC", "name_natural", "Thanks Gareth, we've passed your kind words on to the bin crew 😊 ^Lowri",
  p=["N|Gareth"])
R("dS", "name_natural", "Found on the seafront at Aberdaron: a set of keys on a lanyard with the name Rhydian Hughes on it. Collect from the harbour office.",
  p=["N|Rhydian Hughes"])
R("dS", "name_natural", "Our Warm Welcome café wouldn't run without Tadeusz, Bernadette and Sunil, who've given up every Wednesday since October. Diolch!",
  p=["N|Tadeusz", "N|Bernadette", "N|Sunil"])
R("cC", "name_natural", "Mags Cullinan at the end house has been feeding the whole street's cats while we were all away, someone give that woman an award",
  p=["N|Mags Cullinan"])
R("dL", "name_natural", "Delighted to present a long service certificate to Oliver Nkemelu, who has run the Tuesday walking group in Coldbeck Park for 15 years.",
  p=["N|Oliver Nkemelu"])
R("rS", "name_natural", "Hi Moira and Duncan, sorry your collection was missed again. We've spoken to the crew supervisor and it'll be picked up tomorrow. ^Ewan",
  p=["N|Moira", "N|Duncan"])
R("dS", "name_natural", "This bench on the prom has been dedicated to the memory of Lilian Fairweather, who walked here every day for 50 years. Plaque unveiled today by her grandchildren.",
  p=["N|Lilian Fairweather"])
R("cS", "name_natural", "Was that Aled Pugh I saw on the telly talking about the bridge? he lives two doors down from me lol",
  p=["N|Aled Pugh"])
R("dC", "name_natural", "Llongyfarchiadau i Heulwen Jenkins o Lanfihangel, enillydd gwobr Gwirfoddolwr y Flwyddyn am ei gwaith gyda'r banc bwyd.",
  p=["N|Heulwen Jenkins"])
R("rC", "name_natural", "That's lovely to hear, Pauline. We'll make sure the team see this. ^Tom",
  p=["N|Pauline"])
R("dS", "name_natural", "Well done to Nadia Rahman and Josh Whitcombe, both from Harrowden, who completed our first Community Litter Champions course today 🏅",
  p=["N|Nadia Rahman", "N|Josh Whitcombe"])
R("cC", "name_natural", "big thanks to the lad who helped me when I fell on the ice on Friday, Ryan something, works at the garage. if anyone knows him tell him the old lady with the shopping says thanks",
  p=["N|Ryan"])
R("dS", "name_natural", "Ar ôl 38 mlynedd, mae Dilys a Tomos Gwilym yn cau siop y pentref. Diolch am bopeth!",
  p=["N|Dilys", "N|Tomos Gwilym"])
R("dC", "name_natural", "Coldbeck Community Awards: Neighbour of the Year goes to Hazel Brierley, nominated by 14 people on her street for doing shopping runs through the winter.",
  p=["N|Hazel Brierley"])
R("rS", "name_natural", "Morning Siobhán – we've checked and the bulky collection is booked for Thursday, just leave the items out by 7am. ^Niamh",
  p=["N|Siobhán"])
R("cS", "name_natural", "Big Davie who does the sandbags every time it floods deserves a medal. the council should give him a job",
  p=["N|Big Davie"])
R("dS", "name_natural", "The winning entry in our Christmas card competition for adults was painted by Marguerite Osei-Bonsu of Tamarleigh – a lovely winter view of the harbour.",
  p=["N|Marguerite Osei-Bonsu"])
R("dC", "name_natural", "Rest in peace Malcolm Abernethy, ferryman, storyteller and friend to everyone on the island. The flags at the council offices fly at half mast today.",
  p=["N|Malcolm Abernethy"])
R("cC", "name_natural", "My neighbour Gillian Threlfall has had no heating for 3 weeks in one of your houses and she's 84. Sort it out",
  p=["N|Gillian Threlfall"])
R("rC", "name_natural", "Hi Kwame, thanks for the photo. That sign belongs to the highways authority – we've forwarded it to them for you. ^Aisha",
  p=["N|Kwame"])
R("dS", "name_natural", "A wedding ring was found in the changing rooms at Aldergate Pool on Sunday. It's engraved 'Dawn & Lee 2009'. Ask at reception.",
  p=["N|Dawn", "N|Lee"])
R("dS", "name_natural", "Remember Ivy and Stan from our Christmas appeal video? Ivy and Stan have now moved into their new adapted bungalow – thank you to everyone who donated.",
  p=["N|Ivy", "N|Stan", "N|Ivy", "N|Stan"])
R("cS", "name_natural", "fair play to andrzej from next door, helped me get the whole wardrobe in the van and up the steps at the tip today",
  p=["N|andrzej"])
R("dC", "name_natural", "Three generations of one family – Bridget, Sean and Aoife Mahoney – planted the first tree in the new community orchard on Saturday.",
  p=["N|Bridget", "N|Sean", "N|Aoife Mahoney"])
R("rS", "name_natural", "Thanks Harpreet and Jas for reporting the damaged fence so quickly. The contractor is booked for Monday. ^Mo",
  p=["N|Harpreet", "N|Jas"])
R("dL", "name_natural", "Sad news: Dorothy Pilkington, who founded the Longnor Over-60s club in 1979, died last week aged 96. A true community champion. Cllr Tariq Bashir",
  p=["N|Dorothy Pilkington"])
R("cC", "name_natural", "We found a black labrador on the lane, his tag says Bracken and the owner's name Wyn Probert, no number though. anyone know them?",
  p=["N|Wyn Probert"])
R("dS", "name_natural", "Thank you to Fraser Lindsay who spotted smoke at the recycling point on Sunday night and called it in. Quick thinking saved the whole site.",
  p=["N|Fraser Lindsay"])
R("dC", "name_natural", "Helen Okonjo-Reid and her husband Tim gave up their Boxing Day to cook dinner for 60 people at the community hall. Amazing.",
  p=["N|Helen Okonjo-Reid", "N|Tim"])
R("rC", "name_natural", "Hello Fatima, really sorry about the wait on the phone today. We've asked a member of the benefits team to call you back. ^Steph",
  p=["N|Fatima"])
R("dS", "name_natural", "Walking netball at the leisure centre is back! Started by Bev Hargreaves and Ros Tomlinson in 2019, it now has 40 regular players.",
  p=["N|Bev Hargreaves", "N|Ros Tomlinson"])
R("cS", "name_natural", "The woman who organised the street party last year was Colette Brannigan, she might know about the road closure form",
  p=["N|Colette Brannigan"])
R("dS", "name_natural", "Island News: Catrìona NicLeòid (Ceann a' Bhàigh) has won the Bàrdachd prize at this year's Mòd for her poem about the ferry.",
  p=["N|Catrìona NicLeòid"])
R("dC", "name_natural", "Pob lwc i Idris ac Angharad Morgan ar eu hymddeoliad o'r fferm. Diolch am bob cefnogaeth i'r sioe!",
  p=["N|Idris", "N|Angharad Morgan"])
R("rS", "name_natural", "Hi Bogdan, that's the right place to put the cardboard – flattened in the blue box is perfect. Thanks for asking! ^Dan",
  p=["N|Bogdan"])
R("cC", "name_natural", "Dennis and Pat Fairclough kept the Brownies going for 25 years in this town and not even a mention in your post? shame",
  p=["N|Dennis", "N|Pat Fairclough"])
R("dS", "name_natural", "Lost property: a set of car keys and a grey men's fleece with 'Reuben Castellano' written on the label, found in Coronation Park. Call in at the café.",
  p=["N|Reuben Castellano"])
R("dS", "name_natural", "Meet the residents behind the Riverside Community Garden: Leon Bartholomew, Sinead Keogh and Ayesha Qureshi turned a fly-tipping hotspot into a garden.",
  p=["N|Leon Bartholomew", "N|Sinead Keogh", "N|Ayesha Qureshi"])
R("rC", "name_natural", "Hi Mr Hetherington, we're sorry to hear your complaint hasn't been answered. We've escalated it and someone will be in touch. ^Tom",
  p=["N|Mr Hetherington"])
R("dL", "name_natural", "Pleased to have supported Ayodele and Grace Bankole's application for a community chest grant for the Saturday football sessions. Cllr Jenna Trewin",
  p=["N|Ayodele", "N|Grace Bankole"])
R("cS", "name_natural", "is rhona from the wee shop still doing the collection for the christmas hampers or has that stopped",
  p=["N|rhona"])

# ---------------- comment_pd ----------------
R("cS", "comment_pd", "you keep saying DM you but nobody ever replies. just ring me, 07700 900 318, I'm in all day",
  p=["PH|07700 900 318"])
R("cC", "comment_pd", "Its the house at 17 Gelli Terrace thats been fly tipping in the back lane for months. everybody knows",
  p=["A|17 Gelli Terrace"])
R("cS", "comment_pd", "I reported this 3 times. Name's Trevor Mossop, 4 Pennine View, HD9 7LE. No-one has come out. Still waiting for the lamp post to be fixed",
  p=["N|Trevor Mossop", "A|4 Pennine View", "PC|HD9 7LE"])
R("cC", "comment_pd", "email me at gail.ferncombe@example.com if anyone has a spare food caddy, ours got taken by the wind",
  p=["E|gail.ferncombe@example.com"])
R("cS", "comment_pd", "Connor Beattie from the flats keeps parking across the dropped kerb, you can see his car every night. his reg is KX19 VTH",
  p=["N|Connor Beattie", "VRN|KX19 VTH"])
R("cC", "comment_pd", "Lost a gold bracelet at the fireworks in the park. If found please text 0113 496 0731. Reward offered. It was my mums",
  p=["PH|0113 496 0731"])
R("cS", "comment_pd", "my dad is Arthur Stobbart he's 91 and lives on his own at 23 Harcourt Road and the carers didn't turn up today. this is the second time",
  p=["N|Arthur Stobbart", "A|23 Harcourt Road"])
R("cC", "comment_pd", "anyone selling tickets for the panto message me or email rob.kilbride@example.net cheers",
  p=["E|rob.kilbride@example.net"])
R("cS", "comment_pd", "the couple at 8 Seaview Crescent, the Whitmores, are running a business from their garage with lorries coming day and night. is that allowed?",
  p=["A|8 Seaview Crescent", "N|Whitmores"])
R("cC", "comment_pd", "Can someone from housing ring my mam, Theresa Lynch, on 0191 498 0562. she's been trying to get through for days",
  p=["N|Theresa Lynch", "PH|0191 498 0562"])
R("cS", "comment_pd", "Our postcode is LL53 8TY and we STILL haven't had the new recycling boxes. Neither has anyone else in the village",
  p=["PC|LL53 8TY"])
R("cC", "comment_pd", "the guy who did the burglaries round here is Lee Corrigan, he's out again. watch your sheds",
  p=["N|Lee Corrigan"])
R("cS", "comment_pd", "I've sent two emails from hamid.sharifi@example.org and got an automated reply both times. Is anyone reading them?",
  p=["E|hamid.sharifi@example.org"])
R("cC", "comment_pd", "Still no bin day sticker at 112 Moor Lane, WF11 8QA. Rang twice",
  p=["A|112 Moor Lane", "PC|WF11 8QA"])
R("cS", "comment_pd", "tell ur bin men to stop blocking my drive!!! im at 6 Cae Glas and I had to be in work for 7. Ffion Rowlands if you need a name",
  p=["A|6 Cae Glas", "N|Ffion Rowlands"])

# ---------------- child ----------------
R("dS", "child", "Our Young Reader of the Month is Ffion Lloyd (9) from Ysgol Bro Teifion, who has read 62 books since September! 📚",
  p=["C|Ffion Lloyd (9) from Ysgol Bro Teifion"])
R("dC", "child", "Congratulations to Alfie Brennan, 7, of Meadowbank Primary, whose drawing of the new bridge will be printed on the hoardings.",
  p=["C|Alfie Brennan, 7, of Meadowbank Primary"])
R("dS", "child", "Found: a little boy called Mason, about 5, at the fun day by the bouncy castle. He's safe with the first aid team at the blue gazebo. Parents please come and get him.",
  p=["C|Mason, about 5"])
R("cS", "child", "my daughter Lacey Ann is in year 2 at Northgate primary and there is still no crossing lady on the morning shift, someones going to get hurt",
  p=["C|Lacey Ann is in year 2 at Northgate primary"])
R("dS", "child", "Twins Oisín and Clodagh (4) from Little Acorns nursery helped us plant 200 bulbs in Castle Ardrum park this week 🌷",
  p=["C|Oisín and Clodagh (4) from Little Acorns nursery"])
R("dC", "child", "Winner of the under-11 Christmas card competition is Zara Iqbal in Year 5 at St Winifred's Catholic Primary. Well done Zara!",
  p=["C|Zara Iqbal in Year 5 at St Winifred's Catholic Primary", "C|Zara"])
R("rS", "child", "Hi Kerry-Ann, we're so sorry your son Kai's bus pass hasn't arrived. Kai should use his school letter on the bus until it does – the operator knows. ^Lowri",
  p=["N|Kerry-Ann", "C|Kai", "C|Kai"])
R("dL", "child", "Loved visiting Class 3 at Ysgol Gynradd Pen y Bryn today. Special thanks to Elis and Mali who showed me their worm farm! Cllr Hywel Bowen",
  p=["C|Elis and Mali"])
R("cC", "child", "My lad Harvey is 11 and goes to Highfield Academy. he gets off the bus at the stop with no shelter and gets soaked every day",
  p=["C|Harvey is 11 and goes to Highfield Academy"])
R("dS", "child", "Junior Park Ranger badges this week go to Isla McKenna (8) and Rory Baird (10) from Kirkfallow Primary for their bird survey.",
  p=["C|Isla McKenna (8) and Rory Baird (10) from Kirkfallow Primary"])
R("dS", "child", "Happy 100th birthday to Iris Waddington! She was visited by the children of Rainbow Room at Sunnyside nursery, including her great-great-grandson Teddy, aged 3.",
  p=["N|Iris Waddington", "C|Teddy, aged 3"])
R("cS", "child", "theres a girl about 14 called Demi from St Cuthberts who keeps getting picked on at the bus station by older lads, can the wardens keep an eye out",
  p=["C|Demi from St Cuthberts"])
R("dC", "child", "Llongyfarchiadau i Nel Haf, disgybl Blwyddyn 6 yn Ysgol y Garnedd, am ennill cystadleuaeth y bardd ifanc!",
  p=["C|Nel Haf, disgybl Blwyddyn 6 yn Ysgol y Garnedd"])
R("dS", "child", "Swim of the week goes to Leo Carvalho, 9, who swam his first 25 metres at our Saturday lessons. Leo, you're a star!",
  p=["C|Leo Carvalho, 9", "C|Leo"])
R("rC", "child", "Thanks for getting in touch Mr and Mrs Akhtar. We've asked the SEN transport team to contact you about Yusuf's place on the minibus to Brookfield School. ^Aisha",
  p=["N|Mr and Mrs Akhtar", "C|Yusuf's place on the minibus to Brookfield School"])
R("cC", "child", "well done to our Ruby age 6 for raising £140 for the hospice by selling her drawings outside our house!!",
  p=["C|Ruby age 6"])
R("dS", "child", "Our library summer challenge champions: Amelia-Rose Tranter (Year 4, Oakfield Juniors) and Kian Doherty (Year 6, St Anne's).",
  p=["C|Amelia-Rose Tranter (Year 4, Oakfield Juniors)", "C|Kian Doherty (Year 6, St Anne's)"])
R("cS", "child", "can you not put the gritter out on the school lane earlier? my boy Ollie in P3 at Dunmore primary slipped and broke his wrist",
  p=["C|Ollie in P3 at Dunmore primary"])
R("dS", "child", "Seren, aged 12, from Ysgol Uwchradd Caerwen, designed the new 'Don't Drop It' litter poster you'll see on our bins this spring.",
  p=["C|Seren, aged 12, from Ysgol Uwchradd Caerwen"])
R("dL", "child", "Presented a certificate to Tyler Hanlon, a Year 9 pupil at Coldbeck High, for raising £900 for the food bank. Tyler's mum Kelly was rightly proud! Cllr Fiona Laverty",
  p=["C|Tyler Hanlon, a Year 9 pupil at Coldbeck High", "C|Tyler", "N|Kelly"])
R("dS", "child", "Ceud taing do Mhàiri (7) agus Calum (9) à Sgoil Bhaile na Creige for naming our new gritter 'Sgrìob'!",
  p=["C|Mhàiri (7) agus Calum (9) à Sgoil Bhaile na Creige"])
R("cC", "child", "its my grandaughter in the photo, Poppy Sheard, reception class at Hollins Lane, can you take it down please we didnt give permission",
  p=["C|Poppy Sheard, reception class at Hollins Lane"])
R("rS", "child", "Hi Donna, sorry the nursery funding letter hasn't come through for Archie. Archie's place at Bright Beginnings is safe while we sort it. ^Bex",
  p=["N|Donna", "C|Archie", "C|Archie's place at Bright Beginnings"])
R("dS", "child", "Young carers week: meet Jamal, 13, who looks after his mum and still captains the Harrowden under-14s. Jamal's story is on our website.",
  p=["C|Jamal, 13", "C|Jamal"])
R("cS", "child", "Sophia in year 1 at the Gaelic unit lost her blue coat with the toggles on the school trip to the museum, any sign of it?",
  p=["C|Sophia in year 1 at the Gaelic unit"])
R("dS", "child", "Well done to the Pen y Bryn under-10s who won the district cup, and to goalkeeper Macsen Rowe (10) for his penalty save in the final!",
  p=["C|Macsen Rowe (10)"])
R("cC", "child", "the boy who got knocked over outside Parkside was Reece Garvey he's 8. he is ok thank god but that road needs a crossing",
  p=["C|Reece Garvey he's 8"])
R("dC", "child", "Fair play to brothers Dylan (11) and Osian (8) Jenkins of Pennard, who picked 9 bags of litter from the beach during the half term holiday.",
  p=["C|Dylan (11) and Osian (8) Jenkins of Pennard"])
R("dS", "child", "Junior Mayor for this year is Hollie Pemberton, a Year 8 student at Fenwold Academy. Hollie will attend civic events with the Mayor.",
  p=["C|Hollie Pemberton, a Year 8 student at Fenwold Academy", "C|Hollie"])
R("rC", "child", "Hi Sandra, we're sorry to hear about the free school meal application for Liam and Chloe. Liam and Chloe can have meals from Monday while it's processed. ^Steph",
  p=["N|Sandra", "C|Liam and Chloe", "C|Liam and Chloe"])
R("cS", "child", "My son Tomasz Wróbel year 10 at St Joseph's was refused the bus pass even though we live 3.2 miles away",
  p=["C|Tomasz Wróbel year 10 at St Joseph's"])
R("dS", "child", "Our Little Learners rhyme time now has a special helper: Evie, 5, whose idea it was to add Welsh nursery rhymes. Evie, diolch!",
  p=["C|Evie, 5", "C|Evie"])
