/**
 * Publishing judgement from composition (issue 13): who speaks (the draft's account kind, its author's role and
 * committees), about whom (a national politician or office, a party-free culture-war topic, a councillor, staff,
 * residents, a protected group, a defendant, a fire's occupant) and what is done (praises, blames, predicts a vote,
 * belittles, stereotypes, comments on a live case, speculates). The vocabulary of each element lives in
 * {@code elements.txt} and {@code national-politicians.tsv} beside these classes, with their sources; the rules
 * hold the composition, and every finding names the elements that triggered it.
 */
package org.councilpolicy.content.judgement;
