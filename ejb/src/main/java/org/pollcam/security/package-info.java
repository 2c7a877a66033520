/**
 * Staff accounts and roles. Authentication itself is WildFly Elytron's (a jdbc-realm over {@code staff_account});
 * this feature only stores accounts with bcrypt hashes.
 */
package org.pollcam.security;
