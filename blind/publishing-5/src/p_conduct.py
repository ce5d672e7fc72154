from common import d
C = ["CONDUCT"]
def co(text, acct, plat, trig, exp=None, com=None, fire=False):
    return d("conduct", text, acct, plat, trig, exp or C, com=com, fire=fire)

DRAFTS = [
    co("Cllr Pemberton asked another 'question' at full council tonight that showed he hasn't read a single report since May. Bless him.", "M", "X", "councillor belittling another member"),
    co("Apologies for the delays on the green waste round. Frankly some of our crews couldn't find their way out of a paper bag.", "C", "F", "corporate account disparaging its own staff"),
    co("To the gentleman who rang us 14 times about a slightly wonky bollard: we're framing your messages for the staff room 😂", "S", "F", "service account mocking a member of the public"),
    co("Whoever's running planning enforcement at this council is asleep at the wheel. Absolute shambles of a department.", "O", "F", "officer's own account disparaging the council and colleagues"),
    co("The opposition leader's contribution tonight was the political equivalent of a toddler throwing his dinner on the floor.", "M", "X", "insulting another councillor"),
    co("We've had a few comments from people who clearly can't read a bin calendar. Here it is again, in big letters, just for you.", "C", "F", "condescending to residents on the corporate account"),
    co("Our new IT contractor has managed to break the website three times this week. Genuinely impressive levels of incompetence.", "C", "X", "council account disparaging a contractor"),
    co("Cllr Osei-Brown, try turning up to a meeting before lecturing the rest of us on commitment. Pathetic.", "M", "F", "personal attack on a fellow member"),
    co("Spoke to a resident in the library today who thinks the council controls the weather. Some folk, honestly 🤦‍♀️", "O", "X", "officer mocking a member of the public on a personal account"),
    co("Customer Services: sorry for the wait today, we've got staff off sick again – some of them more 'sick' than others, if you know what we mean.", "S", "F", "insinuation about staff sickness on a service account"),
    co("Cllr Whitlow is a liar and a coward and I'll be saying so at every opportunity.", "M", "F", "calls another councillor a liar and coward"),
    co("Imagine being Hugh Carver of 12 Sycamore Close and complaining about a dog-fouling sign. Get a life, mate.", "M", "X", "councillor ridicules a named resident and gives his address", ["CONDUCT", "PERSONAL_DATA"]),
    co("Fun fact: our Chief Exec earns more than the PM and still can't answer an email. Just saying.", "O", "X", "officer disparaging the chief executive"),
    co("The so-called residents' association at Eastgate is three pensioners and a Facebook group. We won't be taking lectures from them.", "C", "F", "corporate account belittling a residents' group"),
    co("Oi oi, the 'Save Ellery Woods' crowd are back with their placards. Didn't they have jobs to go to? 🥱", "M", "I", "councillor mocking protesters"),
    co("Had to sit through another of Cllr Danvers' rambling speeches. Someone get the man a hobby and a hearing aid.", "M", "X", "belittling a member with an age jibe"),
    co("Parking Services would like to thank the driver of the silver Audi who parked across three bays. Truly a genius at work 👏", "S", "X", "sarcastic mockery of a member of the public"),
    co("Yer man from the Tenants' Forum wrote to us again in green ink. We've popped it in the usual file (the round one).", "S", "F", "dismissive mockery of a resident's correspondence"),
    co("Following the disciplinary hearing, the officer who lost the Bellwood files has been shown the door. Good riddance.", "C", "X", "gloats over a staff disciplinary outcome", ["CONDUCT", "CONFIDENTIAL"]),
    co("Leader of the council is a puppet and everyone in that chamber knows who's pulling the strings.", "M", "F", "demeaning another member"),
    co("Highways dept strikes again lol. Two years to paint a white line. I'd be embarrassed to work there, and I do work there.", "O", "X", "officer disparaging their own council"),
    co("Crews from Kessingford were delayed by a driver who decided to park his tractor in the lane and argue. What a clown.", "S", "F", "fire service account insulting a member of the public", fire=True),
    co("Mr Ferris, if you spent as much time on your garden as you do moaning to us on here, it might not be a jungle.", "C", "F", "corporate reply ridiculing a named resident", ["CONDUCT", "PERSONAL_DATA"]),
]
