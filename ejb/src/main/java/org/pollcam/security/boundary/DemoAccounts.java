package org.pollcam.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pollcam.security.Roles;
import org.pollcam.security.control.StaffAccounts;

/**
 * With {@code pollcam.demo-data=true}, makes one account per role (missing ones only) and prints where to go and how
 * to sign in. The passwords are public on purpose: they exist only on demo installations.
 */
@Singleton
@Startup
@DependsOn("DemoRegistry")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record DemoAccount(String username, String fullName, String role) {
        String password() {
            return username + "-demo";
        }
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Demo Administrator", Roles.ADMIN),
            new DemoAccount("operator", "Demo Control-Center Operator", Roles.OPERATOR),
            new DemoAccount("clerk", "Demo Back-Office Clerk", Roles.CLERK),
            new DemoAccount("agent", "Demo Call-Center Agent", Roles.AGENT));

    @Inject
    @ConfigProperty(name = "pollcam.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "pollcam.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    StaffAccounts accounts;

    @PostConstruct
    void createMissing() {
        if (!demoData) {
            return;
        }
        ACCOUNTS.stream().filter(account -> !accounts.exists(account.username())).forEach(account ->
                accounts.create(account.username(), account.fullName(), account.password().toCharArray(),
                        Set.of(account.role())));
        StringBuilder banner = new StringBuilder("\n\n  PollCam is up\n")
                .append("    public portal      ").append(publicUrl).append("/\n")
                .append("    station registry   ").append(publicUrl).append("/admin/stations.xhtml\n")
                .append("    control center     ").append(publicUrl).append("/control/dashboard.xhtml\n")
                .append("    REST API           ").append(publicUrl).append("/api/stations\n")
                .append("    OpenAPI            ").append(publicUrl).append("/openapi\n")
                .append("    WildFly console    http://localhost:9990 (health: /health, metrics: /metrics)\n")
                .append("  Demo accounts (user / password / role):\n");
        ACCOUNTS.forEach(account -> banner.append(String.format("    %-9s %-14s %s%n", account.username(),
                account.password(), account.role())));
        LOG.info(banner::toString);
    }
}
