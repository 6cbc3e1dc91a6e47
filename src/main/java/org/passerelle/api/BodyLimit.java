package org.passerelle.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body stops at {@code max} bytes: a body sent without a length (chunked) is counted as it is read,
 * and the read past the limit fails with {@link TooLarge}, which {@link ApiExceptionHandler} answers with 413. A body
 * that says its length is refused before it is read ({@link ApiFilter}).
 */
final class BodyLimit extends HttpServletRequestWrapper {

    /** The body went past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("request body over " + max + " bytes");
        }
    }

    private final long max;
    private ServletInputStream limited;

    BodyLimit(HttpServletRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream(), max);
        }
        return limited;
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
