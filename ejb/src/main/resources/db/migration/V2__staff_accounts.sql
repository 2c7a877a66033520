-- Staff accounts read by WildFly Elytron's jdbc-realm (see wildfly-config/src/main/cli/configure-security.cli).
-- password_hash is a bcrypt modular-crypt string ($2a$...); clear passwords are never stored.

CREATE TABLE staff_account (
    username      VARCHAR(50)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL
);

CREATE TABLE staff_account_role (
    username VARCHAR(50) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role)
);
