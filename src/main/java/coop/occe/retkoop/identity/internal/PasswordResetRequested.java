package coop.occe.retkoop.identity.internal;

/**
 * Someone asked for a reset link for what they typed as their identifiant; whether it
 * names an account is found out after the answer, in {@link PasswordResetMail}.
 */
record PasswordResetRequested(String typedLogin) {

}
