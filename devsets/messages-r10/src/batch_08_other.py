from common import em, fb, xx

ROWS = [
fb("other", "E", "2025-01-27", """Massive thank you to the bin lads on our road who came back for my nan's bin when she missed them. Proper gents""", "Kerry Lomax", public=True),

xx("other", "W", "2025-03-01", """Dydd Gŵyl Dewi hapus i bawb! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 great to see the kids' parade in town this morning""", "@cardi_cymraes"),

fb("other", "S", "2025-04-14", """The 20mph everywhere is absolute nonsense and I'll be saying so at the ballot box""", "Graeme Docherty", public=True),

em("other", "N", "2025-05-26", """To the staff at the Ballymena library - I just wanted to say that the help I got with my universal credit form last week was fantastic. Jennifer was so patient. Thank you.
Hazel Reid""", "Hazel Reid", "hazel.reid@example.com"),

xx("other", "E", "2025-07-07", """Council tax up AGAIN and for what. same as every year. never vote for any of them""", "@grumpy_gary_77"),

fb("other", "W", "2025-08-04", """Stunning sunset over Bae Caerfyrddin tonight from the coastal path 😍 thanks for keeping the benches so nice""", "Carwyn Jenkins", public=True),

xx("other", "N", "2025-09-29", """the FOI act is a waste of everyone's money, journalists using it to fish for stories while the roads fall apart""", "@realist_ballyclare"),

fb("other", "S", "2025-10-27", """Great to see the algae warning signs up at the loch, thanks for acting so quickly. Kept the dog on the lead""", "Marion Aitken", public=True),

em("other", "E", "2025-11-24", """Dear Council,
I'm writing to object to the proposed new bus lane on London Road. I think it will push traffic onto the side streets and ruin the character of the village. I hope councillors listen.
Edward Farnham""", "Edward Farnham", "edward.farnham@example.net"),

fb("other", "W", "2026-01-12", """Diolch o galon i'r tîm graeanu, wedi bod allan drwy'r nos. Arwyr!""", "Mared Owen", public=True),

xx("other", "S", "2026-02-23", """imagine paying a consultant to tell you people want the buses to turn up. incredible stuff from the council again""", "@glasgow_sceptic"),

fb("other", "N", "2026-03-17", """Happy St Patrick's Day from all of us at the Killyrath Tidy Towns group! ☘️ Parade was brilliant""", "Killyrath Tidy Towns", public=True),

em("other", "W", "2026-04-27", """I just wanted to say my complaint about the parking bay was handled really well by Sarah in the highways team. She rang me back the same day and the lines are painted. Thank you.
Alwyn Jones""", "Alwyn Jones", "alwyn.jones@example.com"),

xx("other", "E", "2026-05-26", """who approved this colour for the new bins lol. looks like a giant Wotsit""", "@brum_binwatch"),

fb("other", "W", "2026-07-27", """Just had a lovely afternoon at the Sioe Sir, well done everyone involved 👏""", "Delyth Rowlands", public=True),

fb("other", "N", "2026-09-14", """Has anyone seen a grey tabby around Carnmoney? Answers to Smudge, chipped. Sorry to post here, just trying everywhere""", "Jolene Patterson", public=True),

xx("other", "S", "2026-10-05", """Councillors voting themselves a rise while cutting school swimming lessons. Says it all really.""", "@highland_hamish"),

em("other", "E", "2026-12-07", """Just to say the carol concert in the town hall on Saturday was wonderful. My mum (92) hasn't been out much this year and she loved every minute. Thank you to whoever organised it.
Sheila Proctor""", "Sheila Proctor", "sheila.proctor@example.org"),

fb("other", "W", "2027-02-15", """The plans for the new leisure centre look great but why does it have to be on the playing fields? I think that's the wrong site and I'll be saying so at the consultation""", "Rhydian Thomas", public=True),

xx("other", "N", "2027-05-10", """fair play to whoever cleaned up the shore at Portstewart after the weekend, spotless this morning""", "@portstewart_pete"),

fb("other", "S", "2027-06-14", """Hiya just to say the new play park at Crieff is brilliant, my two didn't want to leave 😂""", "Lauren McIntyre", public=True),

em("other", "W", "2027-08-02", """Hello, I just wanted to let you know I think closing the Welsh-medium unit at Ysgol Glan Ceirw would be a terrible decision for the village and I'm against it.
Geraint Roberts""", "Geraint Roberts", "geraint.roberts@example.net"),

xx("other", "E", "2027-10-18", """so the council can find money for a new logo but not for the library roof. priorities 🙃""", "@norwich_ned"),

fb("other", "S", "2027-11-30", """Happy St Andrew's Day from Kirkcaldy! Lovely ceilidh in the town hall tonight""", "Fife Ceilidh Collective", public=True),
]
