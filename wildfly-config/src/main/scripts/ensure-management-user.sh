#!/usr/bin/env bash
# Makes sure the WildFly console has a management user "admin".
#
#   ensure-management-user.sh WILDFLY_HOME
#
# When standalone/configuration/mgmt-users.properties has no "admin=..." entry, a random password
# is generated, the user is added with bin/add-user.sh and the password is printed once on stdout. It is kept
# nowhere else: the properties file holds only the realm digest. Otherwise one line says the user exists.
set -euo pipefail

if [[ $# -ne 1 || ! -x "$1/bin/add-user.sh" ]]; then
    echo "usage: $0 WILDFLY_HOME   (a WildFly installation with bin/add-user.sh)" >&2
    exit 2
fi
wildfly_home=$1
users_file="$wildfly_home/standalone/configuration/mgmt-users.properties"
user=admin

# An entry is "admin=<digest>"; the dist's file only has a commented example "#admin=...".
if [[ -f "$users_file" ]] && grep -Eq "^${user}=" "$users_file"; then
    echo "WildFly console: management user '${user}' already exists in ${users_file} (change its password with bin/add-user.sh)"
    exit 0
fi

# 4 groups of 5 letters/digits joined by '-': satisfies add-user's policy (letter, digit, symbol, length >= 8).
random_group() {
    local group=""
    while [[ ${#group} -lt 5 ]]; do
        group+=$(head -c 64 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9' | head -c $((5 - ${#group})))
    done
    printf '%s' "$group"
}
password=""
until [[ $password =~ [0-9] && $password =~ [a-z] && $password =~ [A-Z] ]]; do
    password="$(random_group)-$(random_group)-$(random_group)-$(random_group)"
done

"$wildfly_home/bin/add-user.sh" -u "$user" -p "$password" -s -e

if ! grep -Eq "^${user}=" "$users_file"; then
    echo "ensure-management-user: bin/add-user.sh did not add '${user}' to ${users_file}" >&2
    exit 1
fi

echo "WildFly console: http://localhost:9990  user: ${user}  password: ${password}  (printed once; change with bin/add-user.sh)"
