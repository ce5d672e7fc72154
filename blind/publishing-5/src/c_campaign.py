from common import d
def cc(text, plat, trig, pre=False, com=None):
    return d("councillor_campaigning", text, "M", plat, trig, pre=pre, com=com)

DRAFTS = [
    cc("Out knocking doors in Parkside with the Labour team this morning. The number one issue? Buses. We'll keep fighting for the 22 route.", "F", "councillor campaigning with party name on own account"),
    cc("Lib Dems on this council have called for the Elmwood pool to be saved. Sign our petition below 👇", "X", "party campaign on councillor's account"),
    cc("Vote Conservative on 7 May for a council that keeps tax low and fixes the roads. Promoted by Marlbrook Conservatives, 3 High St, Marlbrook.", "F", "election campaigning on own account, in the period", pre=True),
    cc("Green Party councillors will keep pushing for a proper tree strategy. Our motion goes to Full Council next month.", "X", "policy campaigning"),
    cc("I'm standing again in Riverside ward. Proud of what we've achieved together – cheers to everyone who's signed my nomination papers!", "I", "councillor's re-election message on own account", pre=True),
    cc("The government's cuts to local bus funding are hitting Northmoor hard. As your Labour councillor I'll be raising it at every meeting.", "F", "councillor blaming government on own account (allowed)"),
    cc("Reform UK's first month in opposition here: three motions tabled, two passed. We're just getting started.", "X", "party record claimed on own account"),
    cc("Plaid Cymru yn galw am fwy o dai fforddiadwy i bobl ifanc yn y sir. Ymunwch â'r ymgyrch!", "F", "Welsh party campaigning on own account"),
    cc("SNP cooncillors ur backin the new community wind turbine fund. Mair money fur local groups, nae brainer.", "F", "Scots party campaigning on a policy"),
    cc("I sit on planning, so I can't tell you how I'll vote on the Bell Farm application, and I won't. What I can say is that our Local Plan needs more affordable homes, and I'll keep making that case.", "F", "committee member on policy generally, open mind on the application", com="planning"),
    cc("As a licensing committee member I'm keeping an open mind on the Starlight Club review until I've heard all the evidence at the hearing. Residents' views will be heard.", "X", "open mind on a pending review", com="licensing"),
    cc("Proud to support the Living Wage campaign. Our Independent group wants every council contractor paying it by 2028.", "L", "independent group policy campaign"),
    cc("Yes, I'm a Conservative, and yes I think the Chancellor got the fuel duty freeze right. That's my view, not the council's.", "X", "councillor's own political view labelled as such"),
    cc("Leaflets out in Brookvale today 📬 Thanks to our amazing volunteers. Polling day is Thursday 7 May – make sure you're registered!", "I", "campaigning in the period on own account", pre=True),
    cc("Our group voted against the car park charges tonight. We think they'll kill the high street and we'll keep campaigning to scrap them.", "F", "opposition campaign on a council policy"),
    cc("Planning policy matters: I've written to the Minister calling for stronger protection for our chalk streams. Read my letter on my website.", "F", "committee member campaigning on policy, not an application", com="planning"),
    cc("Green Belt is precious. I'll be campaigning to keep it in the new Local Plan, and I'd encourage everyone to respond to the consultation.", "X", "policy campaigning on the Local Plan", com="planning"),
    cc("Thanks to everyone who came to my surgery at the Methodist hall. Main worries: potholes on Croft Lane and the late-night noise from the takeaway. I've reported both.", "F", "ward work described"),
    cc("I'll not pretend otherwise: I'm Labour through and through, and our manifesto promise on free school meals is one we'll keep.", "F", "party manifesto on own account"),
    cc("Big news from our campaign: 3,000 signatures to save the Millstone Bridge footpath. Handing them in at Full Council on Weds!", "I", "local issue petition"),
    cc("Can't comment on the Haldon Road HMO as it's coming to planning committee and I'll be on the panel. If you want your view heard, submit it through the planning portal.", "F", "declines to prejudge a pending application", com="planning"),
    cc("Lib Dem Focus team out in force across Whitby Rd this weekend. And thanks for the tea, Gwen, you star!", "F", "campaigning with a light personal thanks (first name only)", pre=True),
]
