package se.avtalsvakt.rest.internal;

import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Before CXF sends an answer it reads what is left of the request body, up to 16 MiB, and throws it away (so that
 * a client still sending can read the answer). For a body refused because of its size that is the wrong thing: it
 * waits for, or reads, what was refused. Taking CXF's handle on the body off the request stops that; the
 * connection is closed after the answer instead ({@code Connection: close}).
 */
final class CxfRequestBody {

    private static final boolean PRESENT = present();

    private CxfRequestBody() {
    }

    private static boolean present() {
        try {
            Class.forName("org.apache.cxf.phase.PhaseInterceptorChain", false, CxfRequestBody.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Keeps CXF from reading the rest of the current request's body; nothing outside CXF. */
    static void doNotDrain() {
        if (PRESENT) {
            Message message = PhaseInterceptorChain.getCurrentMessage();
            if (message != null) {
                message.removeContent(DelegatingInputStream.class);
            }
        }
    }
}
