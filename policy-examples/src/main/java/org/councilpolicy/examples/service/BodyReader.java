package org.councilpolicy.examples.service;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body within the limits: a declared length over the limit is refused before reading (413), a body
 * that grows past it is refused as soon as it does (413), and a body still arriving at the deadline is refused when
 * its next bytes come (408). A client that stops sending altogether is cut off by the server's own request timer
 * ({@code sun.net.httpserver.maxReqTime}, set by {@link PolicyService}).
 */
final class BodyReader {

    /** Set on the exchange once its body has been read to the end: otherwise the connection cannot be reused. */
    static final String READ_TO_END = "org.councilpolicy.service.bodyRead";

    private BodyReader() {
    }

    /** Whether the request's body was read to its end (a request that declares none counts as read). */
    static boolean readToEnd(HttpExchange ex) {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        boolean none = ex.getRequestHeaders().getFirst("Transfer-Encoding") == null
                && (length == null || length.trim().equals("0"));
        return none || ex.getAttribute(READ_TO_END) != null;
    }

    static String read(HttpExchange ex, long maxBytes, long deadlineNanos) throws ApiException, IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "Content-Length is not a number");
            }
            if (length > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        // Not closed here on purpose: closing drains what the client has not sent yet, which a refusal must not
        // wait for. The exchange's own close, after the answer has gone, drains a little and drops the rest.
        InputStream in = ex.getRequestBody();
        int n;
        while ((n = in.read(buf)) != -1) {
            if (body.size() + (long) n > maxBytes) {
                throw tooLarge(maxBytes);
            }
            body.write(buf, 0, n);
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new ApiException(408, "the request body did not arrive within the request time limit");
            }
        }
        ex.setAttribute(READ_TO_END, Boolean.TRUE);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "the request body is not valid UTF-8");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "the request body is larger than the limit of " + maxBytes + " bytes");
    }
}
