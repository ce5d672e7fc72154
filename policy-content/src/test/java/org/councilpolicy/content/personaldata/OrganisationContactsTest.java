package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, round 9: organisations' contact details are attributed to their owner by class, not by sentence. One
 * sentence of the project's own per class of owner and contact shape: NHS, police, fire, schools as institutions,
 * charities, housing associations, national helplines, businesses and venues; lines by the number plan, role and
 * service mailboxes (run together, with a place, on any organisation's domain, or a village hall's on a free
 * provider), addresses of public buildings and businesses, addresses the public is told to hand things in at,
 * trading names before a business's mobile, and business names that look like people. Surface: d (post), r (reply),
 * c (a resident's comment). The residents' counterparts stay reported.
 */
class OrganisationContactsTest {

    private static final Moderator MODERATOR = Moderator.of(IdentifierEngines.profile("uk-council"),
            IdentifierEngines.CLOCK);

    static List<Finding> personalData(String surface, String text) {
        List<Finding> all = "c".equals(surface) ? MODERATOR.decide(Comment.of(text)).findings()
                : IdentifierEngines.engine("uk-council").check(Draft.builder(text)
                        .kind("r".equals(surface) ? PostKind.REPLY : PostKind.POST).build()).findings();
        return all.stream().filter(f -> f.category() == Category.PERSONAL_DATA).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                d|For urgent medical advice that is not an emergency, call NHS 111 or the Mid Devon minor injuries unit on 01884 234000.
                d|The Royal Cornwall Hospital switchboard is 01872 250000.
                d|To report a non-emergency crime, ring 101 or call Avon and Somerset Police on 01275 818181.
                d|Home fire safety visits are free: book with Dorset and Wiltshire Fire and Rescue on 0306 799 0019.
                d|Applications for reception places close on Friday; ring Haldon Primary School on 01626 862335 with any questions.
                d|Ellerslie Foodbank can take referrals on 01752 402233 between 10am and 2pm.
                d|LiveWest tenants should report repairs to their housing association on 0300 123 0300.
                d|Struggling? Samaritans are there day or night on 116 123.
                d|National Domestic Abuse Helpline: 0808 2000 247 (free, 24 hours).
                d|Tickets for the pantomime are on sale from the Northcott box office, 01392 726363.
                d|The Ship Inn at Porlock is taking bookings for the Boxing Day lunch on 01643 862507.
                d|Harbourside Dental Practice, 01803 833222, is taking on new NHS patients.
                d|Text BINS to 60060 to get a reminder the night before your collection.
                d|Tell Crimestoppers anonymously on 0800 555 111.
                d|Western Power Distribution power cut line: 105.
                d|South West Water customer services: 0344 346 2020.
                d|Age UK Devon offers free benefit checks, 01392 202092.
                d|Questions about the new cycle path? Devon County Council's highways team is on 0345 155 1004.
                d|Flood warnings direct from the Environment Agency: Floodline 0345 988 1188.
                d|The tip at Pinbrook Road can be contacted on 01392 467400.
                c|just ring the surgery on 01392 676767 and ask for the practice nurse
                c|I rang the tip on 01626 215520 and they said it's open Sunday
                c|Phone the Citizens Advice on 0808 278 7805 they were brilliant with my debts
                c|the chippy on Fore St is 01395 222333 if anyone wants to order for the bonfire
                r|Hi Sam, the school office at Stoke Hill Infants can help: 01392 255367.
                r|Hi Dave, you can report it to the police on 101 quoting your crime number.
                d|Send your photos to events@exeterphoenix.org.uk by Friday.
                d|Questions about admissions? Contact admissions@stpeters.devon.sch.uk.
                d|Email the foodbank at info@exeter.foodbank.org.uk for a referral form.
                d|LiveWest tenancy queries: tenancy.services@livewest.co.uk
                d|For Teignbridge licensing queries email licensing@teignbridge.gov.uk.
                d|Hospital appointment changes: rde-tr.appointments@nhs.net
                d|Volunteer with us: volunteering@devonwildlifetrust.org
                d|Market traders should email markets@tivertonmarket.co.uk to book a pitch.
                d|Contact the fire safety team at firesafety@dsfire.gov.uk.
                d|Bookings for Broadclyst village hall: broadclysthall@gmail.com.
                d|For parking permits email parkingservices@plymouth.gov.uk.
                d|Questions about the event? Email eventsteam@visitexeter.com.
                d|The allotment society's secretary can be reached at secretary.whipton.allotments@outlook.com.
                d|Send your CV to jobs@greggs.co.uk for the Saturday shifts.
                d|To book the community bus, email bookings@dartbus.org.uk or call 01803 868123.
                d|Tenants of Westward Housing can email customerservices@westward.co.uk.
                d|Got a question for the practice? reception.thornhill@nhs.net
                d|Contact the PCSO team at exeter.neighbourhood@devon-cornwall.police.uk.
                c|email the council at customer.services@exeter.gov.uk they sorted mine in a day
                c|try hello@dartmouthbakery.co.uk they do gluten free
                d|The new library opens at 12 Castle Street, EX4 3PQ, on Monday.
                d|Drop-in sessions at Exmouth Town Hall, St Andrew's Road, EX8 1AW.
                d|Find the Citizens Advice office at 4 Southernhay East, EX1 1JG.
                d|Nettlecombe Medical Centre, 14 Orchard Way, TA4 2PX, is closed on Friday afternoon.
                d|Sainsbury's, Alphington Road, EX2 8NH has a new recycling point for soft plastics.
                d|Our thanks to the Co-op at 21 Fore Street for hosting the collection point.
                d|Open day at Danes Castle Fire Station, Howell Road, EX4 4LZ, on Saturday.
                d|Heavitree Police Station, 2 Heavitree Road, EX1 2LR, has a front counter again.
                d|Our Customer Service Centre is at Civic Centre, Paris Street, Exeter EX1 1JN.
                d|Electoral forms can be returned to Electoral Services, Phoenix House, Phoenix Lane, Tiverton EX16 6PP.
                d|Flu jabs at Ide Lane Surgery, Ide Lane, Alphington EX2 8UP, every Saturday in October.
                d|Sandford Primary School, Snows, Sandford EX17 4NE, wins its eco award.
                d|Carers' coffee morning at The Bakehouse, 3 Market Square, Crediton EX17 2AB.
                c|the tip on Water Lane EX2 8BY is shut on Wednesdays now
                c|Marsh Barton recycling centre, Grace Road West EX2 8PU - that's where you take the fridges
                c|drop it into Kilworthy Park, Drake Road PL19 0BZ they'll stamp it for you
                c|the foodbank at 27 Market Street PL1 2XX were amazing
                d|Congratulations to Patterson's Bakery on 50 years in Crediton!
                d|Thanks to Morgan's Garage for sponsoring the Christmas tree.
                d|Hughes Florists donated the flowers for the memorial.
                d|Join us for cream teas at Bramble's Tea Rooms.
                d|Ellis Brothers Removals are helping move the library stock.
                d|Turner's Butchers in Holsworthy has won a national award.
                d|Well done to Gardner & Daughters Funeral Directors on their charity walk.
                d|The Okonjo Family Kitchen opens on Queen Street next week.
                d|Hardy's Yard Brewery is hosting the beer festival.
                d|The raffle prize was donated by Whitfield Opticians.
                d|Rowcroft Hospice's Christmas fair is on Saturday.
                d|Sue Ryder shops are collecting winter coats.
                d|Mrs Miggins' Pie Shop on the quay is closing after 40 years.
                d|Our thanks to Jack's Café for the free teas at the beach clean.
                c|Bennett's Bakery does the best pasties in town
                c|ring Harrison Plumbing they sorted our boiler in a day
                d|Patterson's Bakery, 4 High Street, Crediton EX17 3AH, is taking orders for Christmas.
                d|Unit 4, Marsh Barton Trading Estate, EX2 8QP is the new home of the reuse shop.
                d|Carol service at St Michael's Church, Mount Dinham, EX4 4EB, on Sunday at 6pm.
                d|Polling station: Bowhill Primary School, Dunsford Road, EX2 9BU.
                d|The blood donor session is at EX4 3LS (the Corn Exchange) on Tuesday.
                d|The new Aldi at Rydon Lane, EX2 7HR, opens on Thursday.
                c|the new Aldi at Rydon Lane EX2 7HR is massive
                d|Harrison Plumbing on 07700 123456 fitted the new boilers at the community centre.
                d|Dave's Taxis (07911 234567) will run the late bus on New Year's Eve.
                d|Call Ruby's Café on 01392 555123 to book the Christmas lunch.
                r|Hi Ahmed, the leisure centre's number is 01392 265460 if you want to book.
                c|if anyone needs a plumber Jenkins & Sons are 01392 444555 and brilliant
                d|Ffoniwch Ganolfan Hamdden Caerfyrddin ar 01267 224700.
                d|Tel: 01884 255255 | Email: customerservices@middevon.gov.uk | Mon-Fri 9am-5pm
                d|For emergencies out of hours please ring 01392 265000 and ask for the duty officer.
                d|Stonewater tenants can report repairs on 01202 611330.
                d|The Guinness Partnership: 0303 123 1890.
                d|Report a stray dog to the dog warden on 01803 207 123.
                d|Report a pothole to Devon Highways: highways@devon.gov.uk.
                d|Email the Rotary club at president@exeterrotary.org.uk to volunteer.
                d|Book a stall: stalls@crediton-christmas-market.co.uk.
                d|Send nominations to civic.awards@exeter.gov.uk by 1 March.
                d|Email the school at admin@stokehill.devon.sch.uk.
                d|Questions to the clinic: clinic.bookings@rde.nhs.uk
                d|Email the practice manager at practicemanager.woodbury@nhs.net.
                d|Contact Dartmoor National Park at hq@dartmoor.gov.uk.
                d|Tickets from boxoffice@exeternorthcott.co.uk.
                d|Exeter Foodbank, Unit 2, Hennock Road, EX2 8RU is open Tuesday and Friday.
                d|The Phoenix, Bradninch Place, Gandy Street, EX4 3LS hosts the exhibition.
                r|Hi Paula, please take your old batteries to the recycling centre at Exton Road, EX2 8LX.
                r|Hi Priya, you can hand the form in at Civic Centre, Paris Street, EX1 1JN.
                c|I took mine to the Civic Centre, Paris Street EX1 1JN and they scanned it
                c|Paris Street EX1 1JN is where you drop off the forms
                d|From abroad? Call +44 1392 265000.
                d|Calling from outside the UK: +44 (0)300 123 4567.
                d|Minicom users: 01392 265 222.
                d|Email planning (at) exeter (dot) gov (dot) uk with your comments.
                d|Email COUNCIL.TAX@EXETER.GOV.UK for a reply within five days.
                d|nidirect can help: 0300 200 7822.
                d|Belfast City Council switchboard 028 9032 0202.
                d|Police Scotland can be contacted on 101.
                d|Comhairle nan Eilean Siar: 01851 600501.
                d|Gairm gu Comhairle nan Eilean Siar air 01851 822694.
                d|For bulky waste ring 01392 265000 / 01392 265001.
                d|Freephone 0800 028 2342 for the energy advice line.
                d|Visit the Housing Hub, 3 Ashfield Road, Paisley PA2 6QX, Monday to Friday.
                d|The surgery has moved: Riverside Health Centre, 8 Quay Road, Newton Abbot TQ12 2BU.
                d|Hospital transport bookings: 0345 601 4477.
                d|Send comments to Planning, Exeter City Council, Civic Centre, Paris Street, Exeter EX1 1JN.
                d|Polling cards went out today. Your polling station is printed on your card; questions to elections@torbay.gov.uk or 01803 207 133.
                d|Thanks to everyone at Moorview Care Home, Tavistock Road, PL6 7HB for the lovely carol singing.
                d|Stagecoach South West timetable queries: 0345 241 2222.
                d|The Post Office at 5 Fore Street will close at 1pm on Christmas Eve.
                d|Barnardo's, 12 Sidwell Street, EX4 6NN, is looking for volunteers.
                c|the council number is 01392 277888 and they never answer
                c|ring the pharmacy 01392 273737 they deliver
                c|Tesco Vauxhall Street PL4 0DU has the cheapest fuel
                d|Our Welsh-language line: 0300 123 0455.
                d|Contact the Citizens Advice Witney office, 3 Welch Way, OX28 6JH.
                d|Foodbank donations can be left at St Thomas Church, Cowick Street, EX4 1HR.
                d|Report faults to Openreach on 0800 023 2023.
                d|Parcels can be collected from the Royal Mail delivery office, Mount Pleasant Road, EX4 7AA.
                d|Help for veterans: Veterans' Gateway, 0808 802 1212.
                d|National Grid gas emergency: 0800 111 999.
                d|The Ambulance Service's community first responders meet at Kenton Village Hall, Mamhead Road, EX6 8LX.
                d|The Blue Badge team can be reached at bluebadge@devon.gov.uk or on 0345 155 1007.
                d|Email schoolsadmissions@devon.gov.uk for in-year transfers.
                d|Contact the Youth Service on youthservice@plymouth.gov.uk.
                d|Email ask@haringey.gov.uk with any questions.
                d|Questions for Age Concern Exmouth: enquiries@ageconcernexmouth.co.uk.
                d|Drop us a line at hello@exetercommunitycentre.co.uk.
                d|Book through parks.bookings@exeter.gov.uk.
                d|Email the head at head@ladysmith-inf.devon.sch.uk.
                d|Stall enquiries: christmasmarket@teignbridge.gov.uk.
                d|Please email Beacon Heath Community Association at beaconheathca@gmail.com.
                d|Email the Friends of Belmont Park at belmontfriends@outlook.com.
                d|Register for the fun run at sportsdev@mendip.gov.uk.
                r|Hi Sue, Jackson's Removals can take the old sofa for a small fee.
                d|Quiz night at the Harrison Arms on Friday raises money for the lifeboat.
                d|The Sir Walter Raleigh pub in East Budleigh has reopened.
                d|Book a table at the Duke of York for the Burns supper.
                r|Hi Jo, Pete Hill Tyres in Marsh Barton fit part-worn tyres.
                d|Anne Roberts Hair Design is sponsoring this year's lights.
                d|Thanks to Kate Wilson Photography for the pictures from the parade.
                d|Fundraising for St Luke's Hospice raised £2,400.
                d|Congratulations to Ellis & Co Solicitors on their new office.
                d|David Lloyd Leisure is offering free swims in half term.
                d|The James Ward Trust has funded new benches on the quay.
                d|Our thanks to Harrison & Daughters Funeral Directors.
                d|The Mary Hare School for deaf children joined the parade.
                d|Thanks to Tom's Taxis for free rides to the vaccination centre.
                d|Grab a pasty at Warrens Bakery on Fore Street.
                d|The Fred Dibnah Heritage Centre is open on Sunday.
                d|Live music at Charlie's Bar this Saturday.
                d|The Jean Jones Memorial Hall needs new volunteers.
                c|Bill's Restaurant on Gandy St does a great Sunday lunch
                c|Pam's Pantry does the best scones in Devon
                d|The Martin Luther King Peace Garden is open again.
                d|The Elizabeth Garrett Anderson wing of the hospital is closed to visitors.
                """)
    void organisationsContactsAreNotPersonalData(String surface, String text) {
        assertThat(personalData(surface, text)).extracting(f -> f.span().of(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                d|Ring Sarah Hall on 07700 900123 if you can help with the lifts.|07700 900123
                r|Hi Mr Jones, our officers will return to 14 Elm Road, EX2 4AB, on Tuesday.|14 Elm Road
                r|Hi Mrs Patel, we will drop the new bin off at 22 Birch Close on Monday.|22 Birch Close
                d|Thanks to Tom Baker on 07700 900456 for finding the dog.|07700 900456
                c|email me at daveturner@outlook.com|daveturner@outlook.com
                d|Well done to Kirsty on kirsty@kirstyjones.co.uk for organising the litter pick.|kirsty@kirstyjones.co.uk
                d|Contact our volunteer Jane Smith at jane.smith@exeterfoodbank.org.uk.|jane.smith@exeterfoodbank.org.uk
                c|my son Alfie at Stoke Hill Primary won the race|Alfie at Stoke Hill Primary
                r|Hi Anna, we've logged the noise complaint for 5 Mill Lane.|5 Mill Lane
                d|Well done to Oliver, 8, from Stoke Hill Infants for his poster.|Oliver, 8
                c|Jim's, 4 Oak Road EX4 1AA, that's where the party is|EX4 1AA
                d|Thanks to Mrs Baker's, 12 Elm Road, for the raffle.|12 Elm Road
                """)
    void residentsCounterpartsStayReported(String surface, String text, String item) {
        assertThat(personalData(surface, text)).extracting(f -> f.span().of(text)).contains(item);
    }

    /** Naming the kind of identifier an official service asks for is telling, not asking, and holds none. */
    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            d|To apply online you'll need your National Insurance number, your postcode and your bank details.
            d|Have your council tax account number ready before you call.
            d|You can find your NHS number in the NHS App or on a letter from your GP.
            d|We will never ask for your card number, PIN or passwords on social media.
            r|Hi Tom, please don't share your address here - send it to us by direct message and we'll log it.
            d|Register to vote: it takes 5 minutes and you'll need your date of birth and NI number.
            d|Your vehicle registration and the PCN number are on the penalty notice.
            d|Blue Badge renewals need your passport or driving licence number.
            c|does anyone know where to find my council tax reference number?
            d|Scam warning: nobody from the council will text you asking for your bank account number or sort code.
            d|Enter your postcode on our bin day finder to see your next collection.
            d|Pay by card on 0300 123 4567 using your 10-digit reference.
            r|Hi Sam, you'll need to give the contact centre your full address and phone number so they can book it.
            d|Card ending 4821? Check your statement for a duplicate payment and contact your bank.
            """)
    void identifierKindPhrasesAreNeitherIdentifiersNorRequests(String surface, String text) {
        assertThat(personalData(surface, text)).extracting(f -> f.kindName()).isEmpty();
    }

    @Test
    void theEvidenceIsInTheMessage() {
        String text = "Harrison Plumbing on 07700 123456 fitted the new boilers.";
        int at = text.indexOf("07700");
        Attribution a = OwnerAttribution.phone(OwnerCues.analyse(text), org.councilpolicy.core.profile.OwnContacts.NONE,
                at, at + 12);
        assertThat(a.owner()).isEqualTo(Owner.ORGANISATION);
        assertThat(a.note()).contains("trading name").contains("plumbing");
    }

    @Test
    void mailboxesAreReadByTheirParts() {
        assertThat(Mailboxes.roleMailbox("eventsteam")).isTrue();
        assertThat(Mailboxes.roleMailbox("parkingservices")).isTrue();
        assertThat(Mailboxes.roleMailbox("tenancy.services")).isTrue();
        assertThat(Mailboxes.roleMailbox("sarah.jones")).isFalse();
        assertThat(Mailboxes.serviceMailbox("reception.thornhill")).isTrue();
        assertThat(Mailboxes.serviceMailbox("jane.reception")).isFalse();
    }
}
