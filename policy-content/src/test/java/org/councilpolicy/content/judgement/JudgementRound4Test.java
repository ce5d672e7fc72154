package org.councilpolicy.content.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.councilpolicy.content.draft.Author;
import org.councilpolicy.content.draft.AuthorRole;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.AccountType;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Development cases of issue 13's fourth round, written for this test: conduct without an insult word (irony,
 * mockery, dismissive replies, internal disputes, endorsements), discrimination in patronising wording, comment on
 * live cases, fire details; then traps that share their words (thanks with an emoji, industrial action, FAQ
 * posts, assisted collections, "a row of trees"). Each case says whether any rule gives the category at REVIEW or
 * BLOCK, whichever rule it is.
 */
class JudgementRound4Test {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("uk-council", AccountType.SERVICE, "@DaveP We've explained this three times now. Please try to keep up.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Funny how the people who complain loudest about potholes never bother to report them.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Imagine being this upset about a bin lid. Some people need a hobby.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Cllr Hughes has finally found his way to a council meeting. Only took him eight months.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Interesting that Cllr Ward suddenly cares about the high street now there's an election coming.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Our IT department strikes again: the booking system is down for the third time this week.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Apologies for the slow replies today, our customer services team aren't the quickest on a Monday 😉", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Another day, another pointless restructure dreamt up by senior management.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Cllr Price is all talk and no action, as usual.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "To the resident who asked if we could collect their bin from the back garden: no, we're not your butler.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Amazing how many people can't tell the difference between a recycling bin and a general waste bin.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Thanks for your feedback Gary, we'll file it with the rest.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I'm told the chief executive and the leader had words after cabinet. Not a happy ship.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "The best fish and chips in Lowestoft? Has to be the Golden Plaice on London Road. Tell them we sent you!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our favourite brew this winter is from Smith's Coffee Co on the High Street: pop in and say hi.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "New online forms are so simple even your nan could use them!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Join our bin crew! A great job for strong lads who like an early start.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Ladies, don't worry about the heavy lifting at the tip: our staff will help.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Please be patient with our older customers, they take a while to get their heads around the new machines.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The man who will stand trial for the arson at the community centre has caused untold heartache to the whole village.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We're pleased the landlord is finally facing justice; his trial begins on Monday.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I hope the jury sees sense in the Brook Farm trial this week.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The fraudster behind the fake council tax texts appears at Ipswich Crown Court tomorrow.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "The builder charged with defrauding pensioners in Felixstowe has a long list of unhappy customers.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Can't believe the bloke charged with stealing from the food bank is still walking around town.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Two teenagers from Kesgrave High will appear before the youth court on Friday charged with damaging the playground.", Category.CONDUCT, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews were called to a house fire on Bramford Road in the early hours. The elderly couple who live there were rescued by neighbours.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Two of our three engines in Lowestoft were unavailable this afternoon.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews attended a fire at a flat in Ipswich. Early indications suggest it was started by an e-cigarette left on charge.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Firefighters pulled a woman from the burning cottage; she is being treated for serious burns.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Fire at the Red Lion pub in Martlesham last night. The landlord is said to have been cooking with oil when it started.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.CORPORATE, "Our thoughts are with the family of the man who died in last night's fire in Haverhill; he was a well-known football coach.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Sudbury's second engine was not crewed yesterday, so Long Melford covered.", Category.INCIDENT_DETAIL, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Bin crews strike again next week: collections in Ipswich will be affected.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Storm Babet strikes again: our crews are clearing fallen trees on the A140.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Cllr Ahmed has finally found a home for the community fridge at St Mary's hall.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Imagine being a lifeguard for a day: our staff open day at Crown Pools is on Saturday.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Here are the questions we get asked most about garden waste, answered.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Residents can try to keep up to date with roadworks on our website.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Our crews do the heavy lifting for older residents who need an assisted bin collection.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Older residents can call us whenever they like on 0300 123 4567.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "If you can't work out your new collection day, our bin finder will tell you.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Zippo's Circus comes to Chantry Park on Friday; residents get 10% off tickets.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Funny how time flies: our Museum of East Anglian Life turns 60 this year!", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Well done to the pupils who planted 200 trees at Kesgrave High this week 👏", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Congratulations to the residents who raised £2,000 for the food bank!", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Thanks to everyone who put their bins out on time after the bank holiday 👏", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our favourite part of the job? Meeting residents at the summer show.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Support local this Christmas: our high street cafés, pubs and shops are open late on Thursdays.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "A row of new trees has been planted along Mill Lane by our parks team.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "The council's standards committee will hear a complaint against a councillor on Tuesday; papers are online.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Proud of my team for clearing the flood debris so quickly this week.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Cabinet members discussed the tensions between growth and the green belt at the last meeting.", Category.CONDUCT, false),
                // second batch, other wording
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Watching Cllr Evans try to read out the budget figures tonight was excruciating.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Cllr Dunn wouldn't last five minutes in a real job.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The Tory group turned up, voted no and went home. Another productive evening for them.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Hi Mark, as the sign clearly says, the car park closes at 6pm. Hope that helps 🙂", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We've had 40 calls today from people who didn't read the letter. Marvellous.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "My manager takes credit for everything our team does. Typical.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "The new head of planning has no idea what she's doing and we're all paying for it.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Six of us have left the housing team this year and HR still says nothing is wrong.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "To whoever keeps putting a bike in the food waste bin: it isn't food. Just saying.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The chair let the debate run on for an hour because she loves the sound of the gavel.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Cllr Moss's idea of consultation is telling everyone what he's already decided.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Shout out to Pizza Palace on Carr Street for the best pepperoni in Ipswich! 🍕", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Need a new boiler? We recommend Heatwise Ltd, they did a brilliant job on our depot.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Leaked: the leader wants the chief executive out by Christmas.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Dear residents of Elm Road: the bins go out on Tuesdays. Still. As they have for years.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Thank you to everyone who has taken the time to complain about the new parking charges. We'll be sure to read every single one 🙄", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Traveller families have moved onto Brook Meadow. Residents are advised to keep gates locked.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Reminder: the Gypsy and Traveller site is not part of our normal bin service; they will need to arrange their own.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our new receptionist is a lovely young girl who'll brighten your day.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Wanted: office junior, ideally just out of school.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our library quiz night is a good excuse for the girls to get out of the house!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The man accused of setting fire to the recycling centre will have his day in court, and we look forward to seeing justice done.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Whatever the verdict, everyone in Hadleigh knows what happened that night.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The defendant in the fly-tipping case has been a thorn in our side for years.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "We trust the magistrates will see this landlord for what he is when the case is heard next month.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "The driver who will be sentenced next week showed no remorse when our officers spoke to him.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "We won't comment on the trial, except to say that our staff did nothing wrong.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Jury members in the Thornton case should know the council acted properly throughout.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Sat in the public gallery today. He looked guilty as anything.", Category.CONDUCT, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The fire at Elm Farm, owned by the Parker family for generations, was reported at 2am.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "It is likely that the fire spread from the neighbouring property's log burner.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Haverhill's on-call engine is off the run tonight through lack of crew.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews found the man unconscious in the bedroom; sadly he could not be saved. His family are being told.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The property is the one with the blue door next to the Co-op on Market Street.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Fire crews used the new thermal camera for the first time; it was faulty and we had to borrow one from Bury.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.CORPORATE, "Police are treating the fire at the mosque as deliberate and suspect it is linked to last week's protests.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The fire started in the kitchen of a flat in Saxmundham; a man in his 70s was rescued.", Category.INCIDENT_DETAIL, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our reception team are here to help Monday to Friday, 9am to 5pm.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "The bins go out on Tuesdays in Elm Road this month because of the bank holiday.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "We recommend residents check their council tax band on the GOV.UK website.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "The trial of the new food waste caddies starts in Stowmarket on Monday.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "The Traveller Movement will run a cultural awareness session for staff in June.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Our sensory garden is open to everyone, with quiet hours for autistic visitors on Sunday mornings.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "A 17-year-old from Kesgrave High has won the county's young volunteer award.", Category.CONDUCT, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews from Ipswich East attended a car fire on the A14. The cause is believed to be accidental.", Category.INCIDENT_DETAIL, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Thank you to the family who sent our crews a card after the fire at their home.", Category.INCIDENT_DETAIL, false),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I voted against the budget tonight because it cuts the bus subsidy; here is my speech.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Pleased to see Cllr Evans back in the chamber after his operation.", Category.CONDUCT, false),
                // third batch
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The portfolio holder couldn't answer a single question tonight. Embarrassing for her and for the council.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Hi Tony, you've asked this four times now and the answer is still no.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "@sue_k If you'd paid your council tax on time you wouldn't have a summons. Simple really.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "We've seen the video of the man shouting at our parking warden. Hope you're proud of yourself, sir.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Been at the council 12 years and this is the worst leadership team I've ever worked under.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Our director thinks a spreadsheet is a strategy. Send help.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Off the record, half the cabinet think the leader has lost it.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Loving the new menu at The Crown in Woodbridge. Highly recommend the Sunday roast!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Proud to partner with EcoClean, the best cleaning products on the market. Use code SUFFOLK20 at checkout.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Bless Cllr Hart, he tried his best to explain the housing figures. Bless him.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We'd love to help, but we can't fix stupid.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We will be increasing patrols while the Travellers are in the area.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Lads, time to man up and book that health check you've been avoiding!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Older drivers, please take extra care on the roads this winter, your reactions aren't what they were.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Looking for a confident chap to join our grounds team.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "English lessons are available at the library for immigrants who want to fit in.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Our new call-back service means you won't have to wait on hold listening to someone with a foreign accent.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Housing advice: families from the Roma community must bring extra ID to appointments.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Please be aware there may be an increase in litter while the fair people are in town.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The trial of the former care home manager starts tomorrow. Our thoughts are with the families she let down.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We're glad that the thug who attacked our warden has finally been charged.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Mr Jenkins, who denies the charges, has a history of ignoring our enforcement notices.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The boy charged over the fire at the school is from the Meadows estate and everyone there knows him.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "A 14-year-old boy, Jacob Mills, is due at the youth court next week.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The council's case against the director of Apex Waste is strong, and we expect him to be convicted on Monday.", Category.CONDUCT, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The house fire in Needham Market is thought to have been caused by a child playing with matches.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Sadly the fire at 24 Church Street claimed the life of an 86-year-old woman who lived alone.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Only three firefighters were available to crew the Framlingham appliance during the fire.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews tackled a fire at the vicarage in Debenham last night; the vicar and his wife escaped.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Neighbours told our crews the tenant had been storing fuel in the hallway.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.CORPORATE, "We understand the barn fire in Eye was started deliberately by a disgruntled former employee.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Our response to the Ipswich flats fire was slowed because the aerial ladder platform was at a training event.", Category.INCIDENT_DETAIL, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Councillor surgery this Saturday at Needham Market library: bring your questions.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "The answer is still no to fireworks on council land, as set out in our events policy.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Book a free NHS health check if you are aged 40 to 74.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Increased patrols are planned in the town centre over Christmas to keep shoppers safe.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "English lessons for speakers of other languages start at the library in September.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "A man has been charged with assaulting a parking warden and will appear before magistrates next month.", Category.CONDUCT, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews were called to a fire in a detached house in Eye. Everyone got out safely.", Category.INCIDENT_DETAIL, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Seven appliances attended the barn fire near Framlingham overnight.", Category.INCIDENT_DETAIL, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our parks team have planted 500 bulbs on the Oak Avenue verges. Thank you, team!", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our events team can recommend local caterers from the approved supplier list.", Category.CONDUCT, false),
                // fourth batch
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Listening to Cllr Grant explain economics is like listening to a toddler explain quantum physics.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "The leader has the charisma of a wet weekend in Clacton.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Not sure what Cllr Lowe was on about tonight, and I don't think she was either.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Yes Brian, we know. You've told us. Several times.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Some of the comments on our last post made us laugh. Keep them coming, keyboard warriors!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "The comms team at work rewrote my post for the fifth time. Clearly they know best.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Our apologies, the person who answered your call yesterday was new and clearly hadn't a clue.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Congratulations to the Bramford Road resident who has managed to fill a green bin with bricks. Impressive.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I see the opposition have discovered social media. Bless them.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "The Ipswich Vape Co has the best deals in town, go and check them out!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Not allowed to say much, but let's just say the budget meeting did not go well between our director and the leader.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Due to high demand, priority for allotments will go to British-born residents.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Travellers are welcome at the library, provided they behave.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Please supervise disabled relatives closely at the event so they don't get in the way.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "The trader who appears in court on Monday took £8,000 from a 90-year-old.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Before the trial begins, we want residents to know the full facts of what the landlord did.", Category.CONDUCT, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews were at a fire at the Red House, Bildeston last night. The owners are away on holiday.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "We were called to the same address last year for a chip pan fire.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The blaze at the scrapyard took six hours to control; our water supply ran short twice.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Mrs Hughes, who runs the corner shop, was treated for smoke inhalation.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The fire at the flats on Norwich Road was probably arson given recent problems there.", Category.INCIDENT_DETAIL, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Ramadan Mubarak to everyone in our Muslim communities celebrating this month.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Women's football at the rec on Sunday: come and support Ipswich Ladies!", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Allotment waiting list: priority goes to residents of the parish, as the lease requires.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Our autism-friendly cinema session has lower sound and lights up; all families welcome.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Our finance team won a national award for the quality of their accounts.", Category.CONDUCT, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews were called to a fire at a house in Bildeston last night. Nobody was home at the time.", Category.INCIDENT_DETAIL, false),
                Arguments.of("uk-council", AccountType.SERVICE, "The person who answered your call yesterday has looked into it and will ring you back.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "The trial of the new bus route starts on Monday and runs until June.", Category.CONDUCT, false),
                // fifth batch
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Cllr Dyer's latest leaflet is full of the usual half-truths. Does he think residents are daft?", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Another meeting, another Cllr Patel speech about himself. Riveting stuff.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I won't dignify Cllr Shaw's comments with a response. Enough said.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "Shame Cllr Nolan couldn't stay awake for the vote. Late night, was it?", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Dear Mrs Cook, your hedge is not our problem and frankly never has been.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We would love to reply to every comment, but some of them are not worth our time.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "To the person who called our staff 'useless' on Friday: our team fixed your street light in two hours. You're welcome.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Today's highlight: senior management discovering that email exists.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Another weekend, another mattress on Pound Lane. Whoever you are, we hope your back hurts.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Love a good moan on a Monday? Our comments section is the place for you 😂", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Huge thanks to Tesco Extra for being the best supermarket in town. We shop there every week!", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Council housing tip: the Eastern European families on the estate need to learn how we sort our rubbish here.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "Volunteers wanted for our summer fair! Retired ladies with time on their hands would be perfect.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Parking permits are not available to residents in houses of multiple occupation, most of whom are students and migrants.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "We've had reports of begging in the town centre and remind shoppers that Roma families often work in groups.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.CORPORATE, "The accused landlord has repeatedly ignored us for years; we look forward to his conviction.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.SERVICE, "Our enforcement team gathered the evidence that will put this fly-tipper where he belongs when the case is heard.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "As chair of licensing I can say the owner of the Crown, who is due in court next week, has never followed the rules.", Category.CONDUCT, true),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Giving evidence tomorrow in the Ferry Road trial. Can't wait to see his face when the jury hears what he did.", Category.CONDUCT, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "The caravan fire at Kessingland Beach Holiday Park involved the home of a family of four who live there all year round.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Crews are still at the scene of the fatal fire in Mildenhall. The victim was a local postman.", Category.INCIDENT_DETAIL, true),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Due to sickness, Hadleigh's engine was unavailable and Sudbury's crew took 22 minutes to arrive.", Category.INCIDENT_DETAIL, true),
                Arguments.of("uk-council", AccountType.COUNCILLOR, "I disagree with Cllr Dyer's leaflet on the bus cuts; here are the figures from the cabinet report.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "We read every comment on our posts, and we reply where we can help.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Volunteers wanted for our summer fair! Anyone with a few hours to spare is welcome.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.OFFICER_PERSONAL, "Proud to have been part of the team that delivered the new leisure centre.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Our new housing officer speaks Punjabi and Urdu; interpreters are available for other languages.", Category.CONDUCT, false),
                Arguments.of("suffolk-fire-rescue", AccountType.SERVICE, "Early signs are that the fire was accidental; the cause is under investigation.", Category.INCIDENT_DETAIL, false),
                Arguments.of("uk-council", AccountType.CORPORATE, "Young people can apply to join the youth council until Friday.", Category.CONDUCT, false),
                Arguments.of("uk-council", AccountType.SERVICE, "Our library is looking for young readers to join the summer reading challenge.", Category.CONDUCT, false));
    }

    @ParameterizedTest(name = "[{index}] {3} {4}: {2}")
    @MethodSource("cases")
    void theCategoryIsGivenOrNot(String profile, AccountType account, String text, Category category, boolean given) {
        AuthorRole role = account == AccountType.COUNCILLOR ? AuthorRole.COUNCILLOR
                : account == AccountType.CORPORATE ? AuthorRole.COMMS_TEAM : AuthorRole.OFFICER;
        Draft draft = Draft.builder(text).account(account).author(new Author(role, null, Set.of())).build();
        List<Finding> found = JudgementRulesTest.engine(profile).check(draft).findings().stream()
                .filter(f -> f.severity() != Severity.ADVICE && f.category() == category).toList();
        if (given) {
            assertThat(found).as(text).isNotEmpty();
        } else {
            assertThat(found).as(text).isEmpty();
        }
    }
}
