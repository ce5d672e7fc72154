# criticism: angry but legitimate criticism of services, policy, decisions, spending and staff performance.
B = "Post: brown bin collections move to fortnightly from April"
H = "Post: pothole repair programme update"
T = "Post: council tax set for next year"
L = "Post: library opening hours consultation"
R = "Post: housing repairs, how to report damp and mould"
P = "Post: planning committee approves 400 homes on Fernleigh fields"
ROWS = [(("criticism",) + x) for x in [
 (B, "So we pay MORE council tax and get LESS collections. Genius. Absolute genius."),
 (B, "fortnightly in summer?? have any of you actually smelt a green bin in July. maggots everywhere last year and thats when it was weekly"),
 (B, "Garden waste charge went up £12 last year and now you halve the service. Where is the money going? Genuine question, I'd like an answer not a link to a webpage."),
 (B, "Three missed collections on Arden Close since October. Three. Reported every time, reference numbers and all, nothing. Don't tell me about improvements."),
 (B, "This is a cut dressed up as 'efficiency'. Just be honest with people."),
 (B, "my nan is 87 and cant get her bin to the end of the lane, assisted collection was meant to be sorted in august. still waiting. shameful"),
 (B, "Would love to know who signed this off. Was there even a consultation? I never saw one."),
 (B, "Funny how the bins get emptied on time in the ward where the leader lives 🤔"),
 (H, "The 'programme' is a lad with a bucket of tarmac who comes back every 3 weeks to fill the same hole. It's been on Mill Road since 2022."),
 (H, "Two tyres and a wheel alignment this year thanks to Station Hill. Put in a claim, rejected in a form letter. Disgraceful."),
 (H, "You've resurfaced the road outside the new council offices twice while the estate roads are like the surface of the moon. Priorities!!"),
 (H, "patching over patches over patches. it's money down the drain and everyone can see it except highways"),
 (H, "Cyclists are going to get killed on the B4310 and it will be on your heads. Reported it in March with photos."),
 (H, "Why does it take 28 days to fix a 'dangerous' defect? If it's dangerous it's dangerous today."),
 (T, "4.99% AGAIN while the leisure centre shuts, the library goes part-time and the bins go fortnightly. What exactly are we paying for"),
 (T, "Pensioner here. My bill has gone up by £160 in two years and my street hasn't been swept in months. Not good enough."),
 (T, "The consultation had 3 options and all of them were 'put it up'. Insulting."),
 (T, "You found £2.3m for a consultants' report on 'place branding' but not for care. Shameful priorities."),
 (T, "Can someone explain why band D here is higher than next door when their services are better? Genuinely baffled."),
 (T, "another year another rise another excuse. 'government funding'. you had reserves and you spent them on that hotel."),
 (L, "Closing Thursdays and Saturdays means working parents can't use it at all. Who is this designed for?"),
 (L, "This 'consultation' is a done deal. The hours were already on the new rota pinned up at the desk last week."),
 (L, "The library is the only warm, free place in this town for a lot of people. Cutting it in winter is cruel, there's no other word."),
 (L, "Replacing staff with 'self-service kiosks' that haven't worked since they were installed. Brilliant plan."),
 (L, "Mae cau'r llyfrgell ar ddydd Sadwrn yn warthus. Does unman arall i'r plant fynd. Ailfeddyliwch os gwelwch yn dda."),
 (R, "Reported black mould in my daughter's bedroom in JANUARY. Surveyor came in May, said 'open a window'. It's November. She's on an inhaler now."),
 (R, "A leaflet about 'condensation' is not a repair. The wall is wet because the guttering has been hanging off for two years."),
 (R, "Housing officers don't answer emails, the repairs line rings out, and the online form crashes. Three ways to be ignored."),
 (R, "With the new damp and mould law you'd think this council would take it seriously. Apparently not."),
 (R, "The contractor you use is a disgrace. Came, painted over the mould, left. It was back in a fortnight."),
 (P, "400 homes, no new school places, no GP surgery, one road in and out. Committee members should be ashamed."),
 (P, "Every single objection from residents ignored. Why even bother having a public consultation."),
 (P, "The flood risk report was written by the developer's own consultant. And you just accepted it?"),
 (P, "So the 'affordable' homes are 80% of market rent. Nobody round here can afford that. This isn't for locals."),
 (P, "Officers recommended approval before the highways response was even in. That's the process now is it?"),
 ("Post: leisure centre pool closed for urgent repairs", "Urgent repairs that were flagged in the 2019 condition survey. This was completely avoidable."),
 ("Post: leisure centre pool closed for urgent repairs", "Swimming lessons cancelled with 24 hours notice and no refund offered. Appalling customer service."),
 ("Post: new parking charges at seafront car parks", "£2.50 an hour to park by the sea in January. You're killing the high street, it's that simple."),
 ("Post: new parking charges at seafront car parks", "The app doesnt work without 4G and there's no 4G on the front. Fined twice. Appealed twice. Lost twice. Rigged system."),
 ("Post: new parking charges at seafront car parks", "Blue badge holders now have to pay too? Did anyone do an equality impact assessment or was that skipped as well"),
]]
