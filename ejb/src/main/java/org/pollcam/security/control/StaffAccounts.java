package org.pollcam.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.mindrot.jbcrypt.BCrypt;
import org.pollcam.security.entity.StaffAccount;

/**
 * Creates staff accounts with bcrypt-hashed passwords, in the modular-crypt form ({@code $2a$...}) that Elytron's
 * jdbc-realm verifies at login.
 */
@Dependent
public class StaffAccounts {

    /** 2^10 rounds: about 70 ms per login on one core, slow enough for stolen hashes, fast enough for people. */
    static final int BCRYPT_COST = 10;

    @PersistenceContext
    EntityManager em;

    public boolean exists(String username) {
        return em.find(StaffAccount.class, username) != null;
    }

    public void create(String username, String fullName, char[] password, Set<String> roles) {
        String hash = BCrypt.hashpw(new String(password), BCrypt.gensalt(BCRYPT_COST));
        em.persist(new StaffAccount(username, fullName, hash, roles));
    }
}
