from common import d
def ct(text, acct, plat, trig, fire=False, com=None):
    return d("clean_trap", text, acct, plat, trig, fire=fire, com=com)

DRAFTS = [
    ct("Our Remain-in-Education scheme supports 16-18s to finish college. Bursaries of up to £1,200 available.", "S", "F", "scheme name echoing a referendum word"),
    ct("Wee reminder fae the roads team: the Lang Walk cycle lane opens Monday, aye! 🚲", "S", "X", "Scots-voiced routine notice"),
    ct("Bruv the new skatepark is actually peng 🔥 Thanks to all the young people who helped design it – check the pics.", "C", "I", "youth register praise"),
    ct("The Union Jack will fly over the Town Hall for the King's birthday, in line with national flag guidance.", "C", "X", "flag flying in line with protocol, not a culture-war stance"),
    ct("Strike action by some school support staff on Thursday may affect opening times. Check with your child's school.", "S", "F", "industrial action reported without taking a side"),
    ct("Brexit-era customs posts at the port business park will be converted into a start-up hub.", "C", "L", "historical reference to Brexit, factual"),
    ct("Cllr Grace Obi's question about damp in council homes was answered at Cabinet tonight; the full answer is in the minutes.", "C", "F", "councillor named factually outside the period"),
    ct("Are you a cared-for child who's now 18? Our Leaving Care team can help with your first flat, money and college. Drop us a line.", "S", "I", "sensitive audience addressed respectfully"),
    ct("Old chap walked into reception today with a 1962 rate demand he'd found in his loft. Archives team were thrilled – it's now in the collection!", "C", "F", "warm anecdote about a resident, not mocking"),
    ct("Blue Badge renewals can now be done online. If you need help with the form, our team will call you back.", "S", "F", "disability service information"),
    ct("We disagree with the Boundary Commission's proposal to split Eastmoor across two wards and have said so in our formal response.", "C", "L", "formal, non-partisan disagreement with a statutory body"),
    ct("Marlbrook Town FC's Conservative Club End stand gets new seats thanks to a community grant 🏟️", "C", "F", "club name containing a party word"),
]
