/**
 * Text primitives: offset-preserving normalisation ({@link org.councilpolicy.core.text.NormalisedText}),
 * tokenisation ({@link org.councilpolicy.core.text.Tokenizer}), linear-time multi-phrase matching
 * ({@link org.councilpolicy.core.text.Lexicon}) and masking of personal data
 * ({@link org.councilpolicy.core.text.Masking}).
 *
 * <p>All offsets are UTF-16 indices; spans into the original text use {@link org.councilpolicy.core.rule.Span}.
 */
package org.councilpolicy.core.text;
