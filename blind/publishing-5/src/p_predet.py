from common import d
P = ["POLITICAL"]
def pr(text, plat, com, trig):
    return d("predetermination", text, "M", plat, trig, P, com=com)

DRAFTS = [
    pr("Residents of Millbrook Lane: I've read the plans for the 40 flats on the old dairy site and I can tell you now, they won't be getting my vote at committee next month.", "F", "planning", "planning member announces a vote against before the meeting"),
    pr("No way is that drive-thru going ahead on my watch. See you at planning on the 14th 👊", "X", "planning", "member declares the outcome of a pending application"),
    pr("Licensing sub-committee hears the Fox & Lantern review on Thursday. Having seen the footage I think it's obvious the licence should go.", "F", "licensing", "licensing member states the result of a review before the hearing"),
    pr("I'll be backing the Greenhythe solar farm when it comes to committee, full stop. Whatever the officers end up recommending.", "X", "planning", "member commits to support regardless of the officers' report"),
    pr("To the family who run Kebab Korner: don't worry, I'm on the panel and you'll keep your late licence.", "F", "licensing", "licensing member assures an applicant of the outcome"),
    pr("Mind's made up on the Harlow Fields scheme. It's a dreadful design and I'll say so when I vote it down.", "F", "planning", "says mind is made up on an application to be decided"),
    pr("Sitting on planning again tonight. The phone mast at St Aldhelm's is a definite no from me, can't see anything changing that", "X", "planning", "closed mind on a pending mast application"),
    pr("Ah'm no gonnae vote for they 200 hooses at Kirkhill, nae chance. The committee meets in June an ah'll be sayin so.", "F", "planning", "Scots-voiced member announcing a vote before the committee"),
    pr("Fy mhleidlais i? Yn erbyn y cais am y fferm wynt yn Cwm Isaf, heb os. Wela i chi yn y pwyllgor cynllunio.", "X", "planning", "Welsh-language member saying how they will vote on a wind farm application"),
    pr("Taxi driver appeal next week at regulatory. Between us, he hasn't got a prayer – not after what I've heard.", "F", "regulatory", "regulatory member prejudges a driver's appeal"),
    pr("Good news for Bramley Road! I've had a look and the extension at no. 9 will be getting approved when we sit on Tuesday 🏡", "F", "planning", "announces approval before the meeting"),
    pr("The new casino licence application is a disgrace and I'll be making sure it's refused. Thanks to everyone who's emailed.", "X", "licensing", "licensing member promises refusal"),
    pr("Some folk think I should keep an open mind about the quarry extension. I've lived here 50 years. My mind closed a long time ago.", "F", "planning", "openly rejects keeping an open mind on a pending application"),
    pr("Whatever the inspector's report says, I'm voting for the Orchard Park homes. Young people need somewhere to live.", "L", "planning", "commits to a vote irrespective of the evidence"),
    pr("Just so everyone knows where I stand: the street trading consent for the burger van on Market Sq is getting a NO from me at committee.", "I", "licensing", "pre-announces refusal of a street trading consent"),
    pr("The Crown Hotel lot have had their chances. When their review comes up I'm voting to revoke, simple as.", "X", "licensing", "predetermined on a premises licence review"),
    pr("I've told the developer to their face: I will never approve houses on Tannery Meadow while I sit on this committee.", "F", "planning", "blanket pledge to refuse a specific site"),
    pr("Delighted to support the community centre's application, which I'll be moving for approval on the 3rd. Done deal 🎉", "I", "planning", "describes the decision as already settled"),
    pr("Y'all asked: will I support the HMO on Cedar Grove? Absolutely not. It's going to be thrown out, I guarantee it.", "F", "planning", "guarantees the outcome of an HMO application"),
    pr("Chaired regulatory for 6 years. Can tell you already the scrap yard permit renewal isn't happening.", "X", "regulatory", "regulatory chair predicting a decision not yet taken"),
    pr("Once the 'consultation' is over I'll be voting for the Westfield retail park. Objectors are wasting their breath.", "F", "planning", "dismisses representations before determination"),
    pr("I've seen enough. The Neon Lounge should lose its licence on Monday and I'll be voting accordingly.", "X", "licensing", "states vote on a forthcoming licence hearing"),
    pr("Enforcement appeal for the caravan at Longacre Farm goes to committee soon. I won't be supporting the owner, I'll tell you that for free.", "F", "planning", "predetermined on an enforcement matter"),
]
