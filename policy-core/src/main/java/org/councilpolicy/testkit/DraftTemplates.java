package org.councilpolicy.testkit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.rule.PersonalDataKind;

/** The sentence templates of {@link DraftGenerators}: {@code {slot}}s are filled from its vocabularies. */
final class DraftTemplates {

    private DraftTemplates() {
    }

    // ---- clean council text -----------------------------------------------------------------------

    static final List<String> CLEAN_TEMPLATES = List.of(
            // bins and recycling
            "Green bin collections resume on {date}. Check your collection day at {url}.",
            "Because of the bank holiday, {service} collections in {place} will be a day late this week.",
            "Please put your {service} bin out by {time} on your collection day.",
            "Garden waste subscriptions for {year} are now open: {price} a year at {url}.",
            "Recycling centres are open from {time} every day except Christmas Day and New Year's Day.",
            "Fly-tipping on {road}? Report it at {url} and our team will clear it.",
            // roads
            "{road} in {place} will be closed from {date} for resurfacing, with a signed diversion.",
            "Gritters are out tonight on priority routes around {place}; please drive carefully.",
            "Temporary traffic lights will be in place on {road} from {time} while repairs are carried out.",
            "The {route} bus will divert away from {road} until the roadworks finish.",
            // events
            "Join us in {place} on {date} from {time} for our free family fun day.",
            "The {place} Christmas lights switch-on is on {date} at {time}, with stalls from local makers.",
            "Tickets for the {place} food festival are {price} for adults and free for under-fives.",
            // planning
            "A planning application for {count} homes off {road}, {place}, is open for comments until {date}.",
            "The planning committee meets on {date} at {time}; papers are published at {url}.",
            // consultations
            "Have your say on our draft parking strategy for {place}: the consultation closes on {date}.",
            "We want your views on the future of {place} leisure centre. Take the survey at {url}.",
            // libraries
            "{place} library will stay open until {time} on {day}s from {date}.",
            "Our summer reading challenge starts on {date} at every library, including {place}.",
            "Free computer help sessions run every {day} at {place} library from {time}.",
            // parks, council tax, elections, services
            "The play area at {place} recreation ground is closed on {date} while new equipment is installed.",
            "Council tax bills for {year} are on their way. You can pay online at {url}.",
            "Register to vote by {date} if you want to have your say in the local elections.",
            "Our customer service centre in {place} is closed on {date} for staff training.",
            "Well done to the {place} in Bloom volunteers on their gold award this year!",
            "Beach lifeguards return to {place} from {date}. Always swim between the red and yellow flags.",
            "Parking in {place} car parks is free after {time} on {day}s in December.");

    // ---- sentences that plant one kind ({v} is the value) -----------------------------------------

    static final Map<PersonalDataKind, List<String>> PLANT_TEMPLATES = new EnumMap<>(PersonalDataKind.class);

    static {
        PLANT_TEMPLATES.put(PersonalDataKind.EMAIL, List.of(
                "If you saw what happened, email {v} with details.",
                "Send your entries to {v} by {date}.",
                "Residents can contact {v} about the street party on {road}."));
        // A resident's number in a resident's frame: "call {v}" alone, in a council post, is the council's own
        // line (issue 11), so the frames say whose number it is.
        PLANT_TEMPLATES.put(PersonalDataKind.PHONE, List.of(
                "The owner of the lost dog asked us to share her number, {v}.",
                "If you found the purse, its owner would like you to ring her on {v}.",
                "The resident who reported it on {date} left his mobile, {v}, for the crew."));
        PLANT_TEMPLATES.put(PersonalDataKind.POSTCODE, List.of(
                "We've logged the missed collection at {v} and the crew will return on {day}.",
                "The fly-tipping reported near {v} has now been cleared.",
                "Thanks, the resident in {v} has been sent a replacement bin."));
        PLANT_TEMPLATES.put(PersonalDataKind.STREET_ADDRESS, List.of(
                "The resident at {v} has asked for a replacement bin.",
                "Please collect the bulky waste from {v} on {day}.",
                "A noise complaint about {v} in {place} is being investigated."));
        PLANT_TEMPLATES.put(PersonalDataKind.PERSON_NAME, List.of(
                "Thanks to {v} for reporting the broken streetlight on {road}.",
                "{v} has asked us to look into the missed collection.",
                "We have passed the complaint from {v} to the waste team."));
        PLANT_TEMPLATES.put(PersonalDataKind.CHILD, List.of(
                "Congratulations to {v} on winning our recycling poster competition!",
                "Well done to {v}, who designed this year's library card.",
                "Our road safety mascot was named by {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.NI_NUMBER, List.of(
                "The National Insurance number given on the form was {v}.",
                "Please confirm NI number {v} before the claim is processed.",
                "His national insurance number is {v}, according to the application."));
        PLANT_TEMPLATES.put(PersonalDataKind.NHS_NUMBER, List.of(
                "Their NHS number is {v}.",
                "NHS number {v} was given on the referral form.",
                "The care assessment for NHS No. {v} is booked for {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.PAYMENT_CARD, List.of(
                "The card used for the parking permit was {v}.",
                "Payment was taken from card number {v} twice by mistake.",
                "The refund will go back to card {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.BANK_ACCOUNT, List.of(
                "The refund was paid to sort code {v} by mistake.",
                "Housing benefit is being paid into sort code {v} from {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.IBAN, List.of(
                "The IBAN on the supplier's invoice was {v}.",
                "The grant was transferred to {v} on {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.DATE_OF_BIRTH, List.of(
                "The man, born on {v}, was last seen in {place}.",
                "The form gives a date of birth of {v}.",
                "Happy birthday to our oldest resident in {place}, born {v}!"));
        PLANT_TEMPLATES.put(PersonalDataKind.VEHICLE_REG, List.of(
                "A car with registration {v} has been parked on the verge on {road} for weeks.",
                "The van, reg {v}, was seen fly-tipping near {place}.",
                "A penalty notice was issued to the car registration {v} on {date}."));
        PLANT_TEMPLATES.put(PersonalDataKind.PASSPORT, List.of(
                "The applicant's passport number {v} was included in the form.",
                "ID checked: passport no. {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.DRIVING_LICENCE, List.of(
                "Driving licence {v} was attached to the parking permit application.",
                "The driving licence number given was {v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.REQUEST_FOR_DETAILS, List.of("{v}."));
        PLANT_TEMPLATES.put(PersonalDataKind.FINANCIAL_REQUEST, List.of("{v}."));
    }

}
