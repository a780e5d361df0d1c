package se.avtalsvakt.itests;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) inside the container. Only this class touches GreenMail, so the test class loads
 * without it: the test installs the GreenMail bundle first.
 */
final class MailServer {

    /** A received mail, read. */
    record Mail(String subject, List<String> to, String body) {
    }

    private final GreenMail greenMail;

    MailServer(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }

    /** @return every mail received so far */
    List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::read).toList();
    }

    private static Mail read(MimeMessage m) {
        try {
            return new Mail(m.getSubject(), Arrays.stream(m.getAllRecipients()).map(Address::toString).toList(),
                    GreenMailUtil.getBody(m));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
