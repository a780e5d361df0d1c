package se.avtalsvakt.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;

import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.junit.Test;

/** A refused body is taken off CXF's message, so that CXF does not read the rest of it before answering. */
public class CxfRequestBodyTest {

    /** Runs the filter as CXF does: inside an interceptor chain, with the request as the current message. */
    private static Message filtered(String contentLength) {
        Message message = new MessageImpl();
        message.setContent(DelegatingInputStream.class, new DelegatingInputStream(new ByteArrayInputStream(
                new byte[10])));
        TreeSet<Phase> phases = new TreeSet<>(List.of(new Phase("test", 1)));
        PhaseInterceptorChain chain = new PhaseInterceptorChain(phases);
        chain.add(new AbstractPhaseInterceptor<Message>("test") {
            @Override
            public void handleMessage(Message m) {
                assertEquals(message, PhaseInterceptorChain.getCurrentMessage());
                new BodyLimitFilter(() -> new BodyLimits(5, List.of())).filter(new FakeRequest("POST", "x",
                        new ByteArrayInputStream(new byte[10])).header("Content-Length", contentLength));
            }
        });
        chain.doIntercept(message);
        return message;
    }

    @Test
    public void aBodyRefusedByItsLengthIsTakenOffTheMessage() {
        assertNull(filtered("10").getContent(DelegatingInputStream.class));
    }

    @Test
    public void aBodyWithinTheLimitStays() {
        assertNotNull(filtered("5").getContent(DelegatingInputStream.class));
    }

    @Test
    public void outsideCxfNothingHappens() {
        CxfRequestBody.doNotDrain();
    }
}
