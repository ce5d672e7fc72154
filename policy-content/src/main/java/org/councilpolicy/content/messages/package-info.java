/**
 * Inbound messages: recognising requests for information made on social media (FOI, EIR, subject access),
 * their validity, statutory deadlines, acknowledgements, complaints and the fire service's "make an FOI
 * request" reply (clauses IN-1 to IN-6 and IN-8).
 *
 * <p>Start with {@link org.councilpolicy.content.messages.MessageClassifier}: build it once from a profile,
 * then call {@link org.councilpolicy.content.messages.MessageClassifier#classify classify} for each
 * {@link org.councilpolicy.content.messages.Message}.
 */
package org.councilpolicy.content.messages;
