package org.councilpolicy.content.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilpolicy.core.profile.OwnContacts;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: identifiers are attributed to their owner before the rules decide (PD-1). Organisations' lines,
 * mailboxes and buildings are not personal data; residents' are, and a resident's address tied to their case in
 * a reply blocks. The sentences are the project's own, one per class of evidence.
 */
class OwnerAttributionTest {

    private static List<Finding> found(String text, String kind) {
        return IdentifierEngines.findings("uk-council", text, kind);
    }

    private static Attribution phone(String text, String number) {
        int at = text.indexOf(number);
        return OwnerAttribution.phone(OwnerCues.analyse(text), OwnContacts.NONE, at, at + number.length());
    }

    @Nested
    class Phones {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Questions about your council tax? Ring 0300 123 9876 and choose option 2.
                Worried about a child? Call free on 0808 800 5000.
                Business rates enquiries: 0845 601 2468.
                Deaf or hard of hearing? Use Relay UK: 18001 01392 265000.
                For updates on the roadworks, call our contact centre on 01392 265700.
                Out of hours emergencies (burst pipes, dangerous structures): 01803 555210.
                Ring the leisure centre on 01752 398000 to book a swim.
                Contact Riverside Surgery on 01271 313919 to book your flu jab.
                Call us on 01803 861234 or 01803 861235 for bulky waste bookings.
                The visitor information point is on 01822 612938, open daily 10am to 4pm.
                Citizens Advice can help with debt: 01392 855555.
                For a replacement bin ring 01392 265147, option 3.
                Questions? 01392 265148 is the housing options line.
                Hi Mrs Shaw, 0300 123 4567 is the number for council tax.
                Please text 07781 123456 (our repairs mobile) to report a leak.
                Hi Paula, we have logged the fly-tipping. For updates, Streetscene: 01392 265 147.
                Please give your neighbour the number for Adult Social Care, 01392 381 000.
                Hi Mr Dunn, try Building Control on 01392 265223.
                Hi Gareth, give Streetscene a ring on 01392 265147.
                Hi Mrs Shaw, 01392 265000 is the number for the depot.
                Mr Osei, the bin will be collected tomorrow. Questions? 01392 265147.
                Hi Mrs Patel, we will text you to confirm. Any issues, 01752 668000.
                Hi Mr Lee, if anyone else on your road has the same issue they can contact 01752 668000.
                Hi Mrs Kaur, as discussed, the number for Adult Social Care is 01904 555111.
                Hi Mrs Kaur, if that has changed let us know on 01904 555111.
                Hi Mrs Kaur, give us a call on 01904 551556 and we'll sort it.
                Hi Mrs Kaur, St Leonard's Hospice can be contacted on 01904 708553.
                From outside the UK: +44 (0)1392 265000.
                Tel. 01803 207 207
                """)
        void organisationLinesAreNotReported(String text) {
            assertThat(found(text, "PHONE")).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Mrs Okafor asked us to share her mobile, 07700 900456, with whoever found the cat.|07700 900456
                The resident who phoned us on 01632 960777 has asked for a call back.|01632 960777
                My neighbour's number is 0161 496 0456, can someone ring him about the hedge?|0161 496 0456
                Call the council on 0300 555 0101, or ring Jo, our volunteer driver, on 07700 900987.|07700 900987
                Text 07700 900111 if you have seen the missing bike.|07700 900111
                """)
        void residentsNumbersAreReported(String text, String number) {
            List<Finding> f = found(text, "PHONE");
            assertThat(f).extracting(x -> x.span().of(text)).containsExactly(number);
            assertThat(f.get(0).message()).contains("Owner: reported");
        }

        @Test
        void theNumberPlanIsTheEvidence() {
            assertThat(OwnerAttribution.nonGeographic("0300 123 9876")).contains("03");
            assertThat(OwnerAttribution.nonGeographic("0800 123 4567")).contains("freephone");
            assertThat(OwnerAttribution.nonGeographic("01392 265700")).isNull();
            assertThat(OwnerAttribution.nonGeographic("07700 900123")).isNull();
            assertThat(OwnerAttribution.nonGeographic("09-7625400")).isNull(); // not a valid UK number
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
            Hi Mrs Shaw, sorry your bin was missed. Please ring Streetscene on 01392 265000 if it happens again.|01392 265000|ORGANISATION
            Sorry about your neighbour's dog. Please report it to the dog warden on 01392 265111.|01392 265111|ORGANISATION
            Thanks Paul. You can call 01392 265222 and choose option 3.|01392 265222|ORGANISATION
            Contact Environmental Health on 01392 265444.|01392 265444|ORGANISATION
            Call Jane on 01632 960888 about the allotment.|01632 960888|UNKNOWN
            We'll call you back on 01632 960555 tomorrow.|01632 960555|PUBLIC
            Hi Mrs Shaw, we'll call you back on 07700 900123 from 01392 265000 this afternoon.|01392 265000|ORGANISATION
            Hi Mrs Shaw, we'll call you back on 07700 900123 from 01392 265000 this afternoon.|07700 900123|PUBLIC
            Mr Example called from 01632 960123 about the noise from the pub.|01632 960123|PUBLIC
            Hi Mrs Shaw, 01632 960124 is your number on the noise case.|01632 960124|PUBLIC
            Questions? Mrs Shaw's number 01632 960125 is on the form.|01632 960125|PUBLIC
            Thanks Mr Pryce, that's logged. For anything urgent ring 01392 265000.|01392 265000|ORGANISATION
            Hi Mrs Okon, if the crew miss it again by Friday call 01392 265147.|01392 265147|ORGANISATION
            Out of hours ring 01752 668000.|01752 668000|ORGANISATION
            Hi Mrs Okon, we will ring 01632 960211 tomorrow to arrange a visit.|01632 960211|PUBLIC
            Hi Mrs Okon, the officer will ring 01632 960212 this morning.|01632 960212|PUBLIC
            Mr Example rang 01632 960213 twice about the hedge.|01632 960213|PUBLIC
            """)
        void theCouncilTellingThePublicToDialGivesItsOwnLine(String text, String number, Owner owner) {
            assertThat(phone(text, number).owner()).isEqualTo(owner);
        }

        @Test
        void aResidentPointingAtANamedServiceGivesItsLine() {
            String text = "Call the Tip on 01364 653700 they sorted mine";
            int at = text.indexOf("01364");
            assertThat(OwnerAttribution.phone(OwnerCues.analyse(text), OwnContacts.NONE, at, at + 12, false).owner())
                    .isEqualTo(Owner.ORGANISATION);
            String bloke = "Call the bloke on 01632 960777 he will sort it";
            int b = bloke.indexOf("01632");
            assertThat(OwnerAttribution.phone(OwnerCues.analyse(bloke), OwnContacts.NONE, b, b + 12, false).owner())
                    .isNotEqualTo(Owner.ORGANISATION);
        }

        @Test
        void aResidentsCommentKeepsTheirOwnNumber() {
            String text = "If anyone sees my cat please ring 01632 960777";
            int at = text.indexOf("01632");
            assertThat(OwnerAttribution.phone(OwnerCues.analyse(text), OwnContacts.NONE, at, at + 12, false).owner())
                    .isNotEqualTo(Owner.ORGANISATION);
            String plain = "Please ring 01632 960777 tonight";
            int p = plain.indexOf("01632");
            assertThat(OwnerAttribution.phone(OwnerCues.analyse(plain), OwnContacts.NONE, p, p + 12, false).owner())
                    .isNotEqualTo(Owner.ORGANISATION);
            assertThat(phone(plain, "01632 960777").owner()).isEqualTo(Owner.ORGANISATION);
        }

        @Test
        void theNoteSaysWhoseAndWhy() {
            String text = "For updates call our contact centre on 01392 265700.";
            Attribution a = phone(text, "01392 265700");
            assertThat(a.owner()).isEqualTo(Owner.ORGANISATION);
            assertThat(a.note()).isEqualTo("not reported: an organisation's (named with an organisation or service "
                    + "(\"contact centre\"))");
            assertThat(phone("Her number is 01392 265701.", "01392 265701").owner()).isEqualTo(Owner.PUBLIC);
            assertThat(phone("Number 01392 265702.", "01392 265702").owner()).isEqualTo(Owner.UNKNOWN);
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Send your comments on the application to planning@exampleshire.gov.uk by Friday.
                Questions about your bill? Email council.tax@newtown.gov.uk.
                GP registrations: email reception.riverside@nhs.net with your details.
                For admissions, write to admissions@oakfield.sch.uk.
                Our partners at the food bank can be reached at hello@townfoodbank.org.uk.
                Crime in your street? Contact the neighbourhood team at north.devon@devon-cornwall.police.uk.
                Volunteer with the trust: volunteering@moorlandtrust.org.uk.
                Email the parish clerk at clerk.stokegabrielpc@gmail.com.
                Email the Friends of Rock Park at friendsofrockpark@gmail.com to volunteer.
                Book via bookings@thekingsarms.pub or call in.
                Referrals to referrals@mindinexeter.org.uk.
                Write to post@gov.wales with your views.
                For tickets email boxoffice@thecornexchange.co.uk.
                Contact the Scouts at 1stbramptonscouts@yahoo.co.uk.
                """)
        void organisationMailboxesAreNotReported(String text) {
            assertThat(found(text, "EMAIL")).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Thanks to jen.morris82@gmail.com for sending the photos of the flooding.|jen.morris82@gmail.com
                The complainant, d.fletcher@fletcherfamily.co.uk, has been told the outcome.|d.fletcher@fletcherfamily.co.uk
                Email planning@exampleshire.gov.uk or reply to Ali at ali.r@hotmail.co.uk.|ali.r@hotmail.co.uk
                Contact Sarah from the book club at sarah.jones77@gmail.com for a place.|sarah.jones77@gmail.com
                Write to mary.smith42@gmail.com now.|mary.smith42@gmail.com
                """)
        void residentsAddressesAreReported(String text, String address) {
            assertThat(found(text, "EMAIL")).extracting(x -> x.span().of(text)).containsExactly(address);
        }

        @Test
        void aRoleMailboxWithNothingAroundItGoesToReview() {
            List<Finding> f = found("info@example.site", "EMAIL");
            assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
        }
    }

    @Nested
    class Places {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Drop-in advice at the Town Hall, Fore Street, Totnes TQ9 5QH on Tuesday.
                The household waste recycling centre at Langage, Plymouth PL7 5AW opens at 8am.
                Hendry's Bakery, 4 Bridge Street, Kingsbridge TQ7 1DA has won a hygiene award.
                Our offices are at Kilworthy Park, Drake Road, Tavistock PL19 0BZ.
                Polling station: Oakfield Primary School, Church Road, EX4 6PL.
                Please return the form to Licensing Services, Riverside House, Newbury, RG14 5LD.
                Replies to: Freepost Consultation, Planning Policy, PO Box 77, Honiton EX14 1EJ.
                Our advice desk has moved to Orchard House, Station Road, Wellington TA21 8NE.
                The blood donor van will be at Morrisons, Mill Road, Barnstaple EX31 1JQ on Friday.
                Questions about the plan? Write to Blackdown House, Border Road, Honiton, EX14 1EJ.
                Find us at Gwynedd Council, Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon LL55 1SH.
                The jobs fair is at Plymouth Pavilions, Millbay Road, PL1 3LF on Saturday.
                The exhibition runs until May at Exeter Phoenix, Bradninch Place, EX4 3LS.
                Free health checks at Cornerstone, 21 Penfold Road, Leeds LS9 7AA every Monday.
                Sandbag collection point: Old Cattle Market, Hereford HR4 9HX.
                Sat nav: use TQ9 5QH for the Totnes car park.
                The new shop is at 14 Market Place, Malton YO17 7LX, opposite the church.
                Ribbon cut at Hodgson & Sons, 4 Castle Street, Hereford HR1 2NL, this morning.
                Tŷ Penallta, Tredomen Park, Ystrad Mynach CF82 7PG is closed on Monday.
                Comhairle nan Eilean Siar, Sandwick Road, Stornoway HS1 2BW.
                Dewch i'r noson agored yn Neuadd y Sir, Stryd y Bont, Aberteifi SA43 1BQ.
                Mae'r arddangosfa yn Oriel y Dref, Heol Fawr, Dolgellau LL40 1AU tan fis Mai.
                Register at The Hive, 8 Castle Street, Hereford HR1 2NW for the craft fair.
                Swimming lessons at Fenland Leisureplex, Bridge Road, PE13 1AB restart in January.
                Hi Mr Cole, you can hand it in at Deane House, Belvedere Road, Taunton TA1 1HE.
                """)
        void buildingsAndBusinessesAreNotReported(String text) {
            assertThat(found(text, "POSTCODE")).isEmpty();
            assertThat(found(text, "STREET_ADDRESS")).isEmpty();
        }

        @Test
        void anAddressBlockOverShortLinesIsHeadedByItsBuilding() {
            String venue = "Family fun day this Saturday!\n📍 Riverside Leisure Centre\nMill Road\nExeter EX2 4AB";
            assertThat(found(venue, "POSTCODE")).isEmpty();
            String home = "Parcel left for:\nMrs Ada Example\n4 Mill Road\nExeter EX2 4AB";
            assertThat(found(home, "POSTCODE")).extracting(x -> x.span().of(home)).containsExactly("EX2 4AB");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Forwarding to the pest control team: rats at 9 Mill Lane, Kingsbridge TQ7 1DG.|TQ7 1DG
                Landlord's number for the flat above the shop at 2 Fore Street, TQ9 5RP is on file.|TQ9 5RP
                A resident at 3 Bridge Street, TQ7 1AA has asked about the drop-in session.|TQ7 1AA
                Hi Mr Cole, we will collect it from 4 Elm Road, Taunton TA1 1HE on Monday.|TA1 1HE
                """)
        void nearMissesStayReported(String text, String postcode) {
            assertThat(found(text, "POSTCODE")).extracting(x -> x.span().of(text)).contains(postcode);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                We've logged the missed collection at 12 Orchard Rise, Ivybridge PL21 0AB; the crew will return tomorrow.|PL21 0AB
                Hi Dan, the noise case for your flat at 3 Fern Close, TQ9 5BB is now with an officer.|TQ9 5BB
                """)
        void aResidentsAddressTiedToTheirCaseBlocks(String text, String postcode) {
            assertThat(found(text, "POSTCODE")).extracting(x -> x.span().of(text), Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(postcode, Severity.BLOCK));
            assertThat(found(text, "STREET_ADDRESS")).isNotEmpty()
                    .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.BLOCK));
        }
    }

    @Nested
    class BuiltInProfiles {

        /** Texts that would be reported under the default profile; each council's own contact points are not. */
        @ParameterizedTest(name = "[{index}] {0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                south-hams-west-devon|Post the form to Follaton House, Plymouth Road, Totnes TQ9 5NE.
                south-hams-west-devon|Reach Kim on 01822 813600 about it.
                rushcliffe|Reach Kim on 0115 981 9911 about it.
                rushcliffe|Post the form to Rugby Road, West Bridgford NG2 7YG.
                suffolk|Post the form to Russell Road, Ipswich IP1 2BX.
                suffolk-fire-rescue|Post the form to Russell Road, Ipswich IP1 2BX.
                scottish-borders|Post the form to Newtown St Boswells, Melrose TD6 0SA.
                """)
        void theCouncilsOwnContactPointsAreNotReported(String profile, String text) {
            for (String kind : List.of("PHONE", "POSTCODE", "STREET_ADDRESS", "EMAIL")) {
                assertThat(IdentifierEngines.findings(profile, text, kind)).as(kind).isEmpty();
            }
            assertThat(IdentifierEngines.findings("uk-council", text, "PHONE").size()
                    + IdentifierEngines.findings("uk-council", text, "POSTCODE").size())
                    .as("reported under the default profile").isPositive();
        }
    }

    @Nested
    class LessCommonAddressShapes {

        private List<String> addresses(org.councilpolicy.content.draft.Draft d) {
            return IdentifierEngines.engine("uk-council").check(d).findings().stream()
                    .filter(f -> "STREET_ADDRESS".equals(String.valueOf(f.kind())))
                    .map(f -> f.span().of(d.text())).toList();
        }

        private org.councilpolicy.content.draft.Draft reply(String text) {
            return org.councilpolicy.content.draft.Draft.builder(text)
                    .kind(org.councilpolicy.content.draft.PostKind.REPLY).build();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Diolch, we've booked the bulky waste collection from 12 Heol y Nant for Thursday.|12 Heol y Nant
                Thanks, the crew will call at 4 Sràid na h-Eaglais on Monday.|4 Sràid na h-Eaglais
                Sorry about the missed bin at 14 Broadway, the crew will return today.|14 Broadway
                We've logged the fly-tipping report for 5 The Paddocks and an officer will visit.|5 The Paddocks
                The repair to the roof at Rose Cottage, Little Hadham is booked for May.|Rose Cottage, Little Hadham
                The inspector will visit Tŷ Gwyn, Pentre Berw on Tuesday.|Tŷ Gwyn, Pentre Berw
                Sorry, we've logged the missed collection at Larkspur, Mill Street, Dittisham.|Larkspur, Mill Street
                We've logged a repair for Tigh na Creige, Achmore, and a joiner will call.|Tigh na Creige, Achmore
                The owner of Windyridge, Moor Lane has been sent a letter about the hedge.|Windyridge, Moor Lane
                """)
        void aResidentsAddressInAReplyBlocks(String text, String address) {
            assertThat(addresses(reply(text))).anySatisfy(a -> assertThat(a).contains(address.split(",")[0]));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                The farmers' market returns to 14 Broadway on Saturday.
                Come to the open day at Rose Cottage, Little Hadham, the village's heritage centre.
                Roadworks on Heol y Nant start on Monday.
                Collect your free compost bags from Riverside Depot, Totnes, on Saturday.
                The pothole at Elm Park, Totnes has been logged for repair.
                """)
        void theSameShapesWithNoResidentOrCaseAreNotReported(String text) {
            assertThat(addresses(org.councilpolicy.content.draft.Draft.of(text))).isEmpty();
        }
    }
}
