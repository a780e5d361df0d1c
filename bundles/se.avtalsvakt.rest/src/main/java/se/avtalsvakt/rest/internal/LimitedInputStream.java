package se.avtalsvakt.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body of unknown length (chunked) read up to a limit: reading past it throws
 * {@link BodyTooLargeException}, which the API answers with 413. Exactly {@code limit} bytes are fine.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private long mark;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // ask for at most one byte past the limit, so that a body of exactly the limit is read whole
        long room = limit - count + 1;
        int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, Math.max(1, limit - count + 1)));
        counted(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        in.mark(readLimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        in.reset();
        count = mark;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            CxfRequestBody.doNotDrain();
            throw new BodyTooLargeException(limit);
        }
    }
}
