/**
 * Lexicons of several rule families that read the same view of a text, declared together so that the engine scans
 * the view once for all of them ({@link org.councilpolicy.core.text.SharedLexicons}).
 */
package org.councilpolicy.content.lexicons;
