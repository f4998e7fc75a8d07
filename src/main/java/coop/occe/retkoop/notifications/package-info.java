/**
 * E-mails: sends them through SMTP when one is configured and keeps every one of them, so
 * that AD staff can read what went out (the outbox).
 */
package coop.occe.retkoop.notifications;
