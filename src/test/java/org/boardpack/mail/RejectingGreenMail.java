package org.boardpack.mail;

import java.net.Socket;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail whose SMTP server answers RCPT TO for chosen addresses with a permanent rejection
 * ({@code 550 5.1.1 ... User unknown}), as a real server does for a mailbox that does not exist. GreenMail 2.1
 * accepts every recipient, so its SMTP manager's recipient check is overridden here.
 */
final class RejectingGreenMail extends GreenMail {

    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> deferrals = new ConcurrentHashMap<>();

    RejectingGreenMail(ServerSetup setup) {
        super(setup);
    }

    void reject(String address) {
        rejected.add(address.toLowerCase(Locale.ROOT));
    }

    /** Answers the next {@code times} RCPT TO for the address with {@code 451 4.7.1} (greylisting), then accepts it. */
    void defer(String address, int times) {
        deferrals.put(address.toLowerCase(Locale.ROOT), times);
    }

    private String check(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (rejected.contains(a)) {
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown in local recipient table";
        }
        Integer left = deferrals.computeIfPresent(a, (k, n) -> n - 1);
        if (left != null && left >= 0) return "451 4.7.1 <" + address + ">: Greylisted, please try again later";
        return null;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers mgr) {
        Map<String, AbstractServer> services = super.createServices(config, mgr);
        for (ServerSetup setup : config) {
            if (!ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) continue;
            SmtpManager checking = new SmtpManager(mgr.getImapHostManager(), mgr.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return check(rcpt.getEmail());
                }
            };
            services.put(setup.getProtocol(), new SmtpServer(setup, mgr) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
                    return new SmtpHandler(new SmtpCommandRegistry(), checking, clientSocket);
                }
            });
        }
        return services;
    }
}
