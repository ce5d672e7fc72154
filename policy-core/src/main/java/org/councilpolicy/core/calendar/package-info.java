/**
 * UK working-day calendars (bank holidays by region, from jollyday plus a bundled overrides file) and
 * statutory response deadlines for FOIA, FOISA, EIR and UK GDPR subject access requests.
 *
 * <p>All public types are immutable and thread-safe. Nothing is fetched from the network.
 */
package org.councilpolicy.core.calendar;
