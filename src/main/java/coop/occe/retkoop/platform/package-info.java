/**
 * Cross-cutting infrastructure: the audit trail, the clock, the web layout's plumbing and
 * the guard of association-scoped URLs.
 */
package coop.occe.retkoop.platform;
