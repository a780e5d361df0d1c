package se.avtalsvakt.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load: {@code connections} threads, each with one keep-alive connection, send a GET, read
 * the whole answer and send the next, first for a warm-up period, then for the measured period. Every answer that
 * arrives within the measured period counts, and its latency (from sending the request) is kept, so the
 * percentiles are exact. Requests still open at the end are waited for (30 s socket timeout) but not counted. The same client loads the baseline and the endpoints,
 * so its own cost is in both.
 */
final class HttpLoad {

    /** Never more than this many requests per connection and run, whatever the durations. */
    private static final int MAX_PER_CONNECTION = 2_000_000;

    record Result(String path, int connections, long requests, long failures, double seconds, long bytes,
                  long[] sortedNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, i)] / 1e6;
        }

        long bytesPerAnswer() {
            return requests == 0 ? 0 : bytes / requests;
        }

        String describe() {
            return String.format(Locale.ROOT, "%,9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  %,d requests,"
                            + " %,d failed, %,d B/answer", perSecond(), percentileMs(50), percentileMs(99),
                    percentileMs(100), requests, failures, bytesPerAnswer());
        }
    }

    private HttpLoad() {
    }

    static Result run(String host, int port, String path, String basicAuth, int connections, Duration warmup,
                      Duration measure) throws InterruptedException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + (basicAuth == null ? "" : "Authorization: Basic " + basicAuth + "\r\n")
                + "Accept: application/json, text/html, */*\r\nUser-Agent: avtalsvakt-bench\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[4096];
            latencies.add(mine);
            int index = c;
            Thread t = new Thread(() -> {
                try {
                    loop(host, port, request, measureFrom, measureTo, latencies, index, counts, failures, bytes);
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        long total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(path, connections, total, failures.get(), measure.toNanos() / 1e9, bytes.get(), all);
    }

    private static void loop(String host, int port, byte[] request, long measureFrom, long measureTo,
                             List<long[]> latencies, int index, int[] counts, AtomicLong failures, AtomicLong bytes) {
        Socket socket = null;
        InputStream in = null;
        int sent = 0;
        while (sent++ < MAX_PER_CONNECTION) {
            long t0 = System.nanoTime();
            if (t0 >= measureTo) {
                break;
            }
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    socket.connect(new InetSocketAddress(host, port), 10_000);
                    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                }
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                Answer answer = read(in);
                long t1 = System.nanoTime();
                if (answer.close) {
                    socket.close();
                    socket = null;
                }
                if (t1 >= measureFrom && t1 <= measureTo) {
                    record(latencies, index, counts, t1 - t0);
                    bytes.addAndGet(answer.bodyBytes);
                    if (answer.status / 100 != 2) {
                        failures.incrementAndGet();
                    }
                }
            } catch (IOException e) {
                long t1 = System.nanoTime();
                if (t1 >= measureFrom && t1 <= measureTo) {
                    failures.incrementAndGet();
                }
                closeQuietly(socket);
                socket = null;
            }
        }
        closeQuietly(socket);
    }

    private static void record(List<long[]> latencies, int index, int[] counts, long nanos) {
        long[] mine = latencies.get(index);
        if (counts[index] == mine.length) {
            mine = Arrays.copyOf(mine, mine.length * 2);
            latencies.set(index, mine);
        }
        mine[counts[index]++] = nanos;
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }

    record Answer(int status, long bodyBytes, boolean close) {
    }

    /** Reads one HTTP/1.1 answer: status line, headers, then a Content-Length or chunked body. */
    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        long body = 0;
        if (chunked) {
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new IOException("truncated chunked body");
                }
                int semi = size.indexOf(';');
                long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (n == 0) {
                    while ((h = line(in)) != null && !h.isEmpty()) {
                        // trailers
                    }
                    break;
                }
                skip(in, n);
                body += n;
                line(in);
            }
        } else if (length >= 0) {
            skip(in, length);
            body = length;
        } else if (status != 204 && status != 304) {
            while (in.read() >= 0) {
                body++;
            }
            close = true;
        }
        return new Answer(status, body, close);
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("truncated body");
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            sb.append((char) b);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
