/**
 * The semantic second opinion (opt-in): a sentence encoder run in the JVM and logistic-regression heads trained on
 * the project's exemplars, which escalate drafts, comments and messages to a person and never decide.
 * {@link org.councilpolicy.semantic.SemanticSecondOpinion} is the entry point;
 * {@link org.councilpolicy.semantic.TrainHeads} retrains the heads.
 */
package org.councilpolicy.semantic;
