/**
 * The one analysis layer every rule family reads: {@link org.councilpolicy.core.analysis.TextAnalysis} gives,
 * once per subject, a text's normalised views (one pipeline of offset-mapping transforms, see
 * {@link org.councilpolicy.core.text.Normalisation}), its {@link org.councilpolicy.core.analysis.Words words},
 * its {@link org.councilpolicy.core.analysis.Sentences sentences}, and any further analysis named by an
 * {@link org.councilpolicy.core.analysis.AnalysisKey}, computed from the text's own analysis so that it can
 * never be asked of another text.
 */
package org.councilpolicy.core.analysis;
