package org.refuge.protection.document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the QR code of a temporary protection document with nothing but the issuer's public key: no database, no
 * network. It depends on the JDK only, so the same file serves the verification page and an offline checkpoint:
 * <pre>java DocumentVerifier.java issuer-public-keys.txt qr.txt [yyyy-mm-dd]</pre>
 * prints the verdict and the holder's minimal identity data and exits with 0 for a valid document, 1 otherwise. The
 * key file holds the current public key first, then any older ones, separated by commas or line breaks.
 *
 * <h2>QR format, version 2 (version 1 is still read)</h2>
 * {@code base64url(payload) "." base64url(signature)}, both without padding, where
 * <ul>
 * <li>payload is UTF-8 JSON, one flat object with the keys in this order: {@code v} (the number 1), {@code kid}
 * (issuer key id), {@code no} (document number), {@code fn}, {@code gn} (family and given names in the original
 * script), {@code fnl}, {@code gnl} (the same in Latin script), {@code sex} (F, M or X), {@code bd} (birth date,
 * {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy} as far as it is known), {@code cit} (ISO 3166 alpha-3 or
 * {@code stateless}), {@code from}, {@code to} (validity, first and last day, ISO dates), and from version 2 on
 * {@code ph}: the portrait hash, base64url of the first 16 bytes of the SHA-256 of the exact JPEG printed on the card
 * ({@link #portraitHash}), which binds the holder's face to the code. All values but {@code v} are strings in NFC;
 * only {@code "}, {@code \} and control characters are escaped;</li>
 * <li>signature is Ed25519 (RFC 8032) over the payload bytes, by the issuer key {@code kid} names. The verifier
 * holds a key ring: the current key and older ones, each under its id ({@link #keyId}: the first 8 hex digits of
 * the SHA-256 of the X.509 encoding, unless configured otherwise), so a new key signs while cards signed with an
 * older one still verify. A key id the ring does not hold is refused (UNKNOWN_KEY); a payload without a key id is
 * checked with the current key.</li>
 * </ul>
 * Like a JWS in compact form without the header: the algorithm is fixed by the version, which keeps the code small
 * enough to scan on a card. The signature is checked before the payload is read: any changed character gives
 * INVALID_SIGNATURE, except one that breaks the two-part base64url structure (MALFORMED). Non-canonical base64 is
 * refused, so no two QR texts carry the same signed payload. A payload with a type ({@code t}: a registration slip,
 * see {@link TypedPayloads}) is no card: MALFORMED here, whatever its signature.
 */
public final class DocumentVerifier {

    public static final int FORMAT_VERSION = 2;
    /** Cards issued before the portrait hash: still verified, their {@code portraitHash} is null. */
    static final int FORMAT_VERSION_WITHOUT_PORTRAIT = 1;
    /** The most a QR code holds (version 40, byte mode); longer pasted text is refused before any work. */
    static final int MAX_LENGTH = 2953;

    public enum Status { VALID, INVALID_SIGNATURE, MALFORMED, EXPIRED, NOT_YET_VALID, UNKNOWN_KEY }

    /**
     * What a checkpoint may see of the holder; {@code birthDate} as in the payload, partial when so registered;
     * {@code portraitHash} null for a version 1 code, which binds no portrait.
     */
    public record Identity(String documentNumber, String familyName, String givenName, String familyNameLatin,
            String givenNameLatin, String sex, String birthDate, String citizenship, LocalDate validFrom,
            LocalDate validUntil, String keyId, String portraitHash) {

        /**
         * Whether {@code registryJpeg} is the portrait this code was signed with: null when the code binds no
         * portrait (version 1), false when the registry has no photo or another one.
         */
        public Boolean portraitMatches(byte[] registryJpeg) {
            if (portraitHash == null) {
                return null;
            }
            return registryJpeg != null && java.security.MessageDigest.isEqual(
                    portraitHash.getBytes(StandardCharsets.US_ASCII), DocumentVerifier.portraitHash(registryJpeg).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The verdict; {@code identity} is null unless the signature is genuine (VALID, EXPIRED, NOT_YET_VALID). */
    public record Result(Status status, Identity identity) {
        public boolean valid() {
            return status == Status.VALID;
        }
    }

    private final Map<String, PublicKey> keys;
    private final PublicKey current;

    /** Trusts one issuer key, under its derived {@link #keyId}. */
    public DocumentVerifier(PublicKey key) {
        this(key, List.of());
    }

    /** The current key and older ones (a rotation), each under its derived {@link #keyId}. */
    public DocumentVerifier(PublicKey current, Collection<PublicKey> older) {
        this(ring(current, older), current);
    }

    /**
     * A key ring: each trusted key under the id signers put in the payload; {@code current} (one of them) checks
     * the payloads that carry no key id.
     */
    public DocumentVerifier(Map<String, PublicKey> keys, PublicKey current) {
        if (keys.isEmpty() || current == null || !keys.containsValue(current)) {
            throw new IllegalArgumentException("the current issuer key must be in the key ring");
        }
        this.keys = Map.copyOf(keys);
        this.current = current;
    }

    private static Map<String, PublicKey> ring(PublicKey current, Collection<PublicKey> older) {
        Map<String, PublicKey> ring = new LinkedHashMap<>();
        for (PublicKey key : older) {
            ring.put(keyId(key), key);
        }
        ring.put(keyId(current), current);
        return ring;
    }

    /** The ids this verifier trusts. */
    public java.util.Set<String> keyIds() {
        return keys.keySet();
    }

    /** The derived id of a key: the first 8 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        return java.util.HexFormat.of().formatHex(sha256(key.getEncoded()), 0, 4);
    }

    /** The portrait hash a version 2 payload carries: base64url of the first 16 bytes of the JPEG's SHA-256. */
    public static String portraitHash(byte[] jpeg) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha256(jpeg), 16));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    /** An Ed25519 public key from base64 of its X.509 encoding; PEM armour and line breaks are ignored. */
    public static PublicKey publicKey(String x509Base64) {
        String base64 = x509Base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 base64", e);
        }
    }

    public Result verify(String qr, LocalDate today) {
        String text = qr == null ? "" : qr.strip();
        int dot = text.indexOf('.');
        if (text.length() > MAX_LENGTH || dot < 0 || dot != text.lastIndexOf('.')) {
            return new Result(Status.MALFORMED, null);
        }
        byte[] payload = base64url(text.substring(0, dot));
        byte[] signature = base64url(text.substring(dot + 1));
        if (payload == null || signature == null) {
            return new Result(Status.MALFORMED, null);
        }
        // the key id only chooses the key: nothing else of the payload is read before its signature holds
        Map<String, Object> fields = Json.parse(new String(payload, StandardCharsets.UTF_8));
        if (fields != null && fields.containsKey("t")) {
            return new Result(Status.MALFORMED, null); // a typed payload (a registration slip, ...) is no card
        }
        PublicKey key = current;
        if (fields != null && fields.get("kid") instanceof String kid) {
            key = keys.get(kid);
            if (key == null) {
                return new Result(Status.UNKNOWN_KEY, null);
            }
        }
        if (!signatureHolds(key, payload, signature)) {
            return new Result(Status.INVALID_SIGNATURE, null);
        }
        Object version = fields == null ? null : fields.get("v");
        if (!Integer.valueOf(FORMAT_VERSION).equals(version) && !Integer.valueOf(FORMAT_VERSION_WITHOUT_PORTRAIT).equals(version)) {
            return new Result(Status.MALFORMED, null);
        }
        Identity identity;
        try {
            identity = new Identity(string(fields, "no"), string(fields, "fn"), string(fields, "gn"), string(fields, "fnl"),
                    string(fields, "gnl"), string(fields, "sex"), string(fields, "bd"), string(fields, "cit"),
                    LocalDate.parse(string(fields, "from")), LocalDate.parse(string(fields, "to")),
                    fields.containsKey("kid") ? string(fields, "kid") : keyId(current),
                    Integer.valueOf(FORMAT_VERSION).equals(version) ? string(fields, "ph") : null);
        } catch (IllegalArgumentException | DateTimeException e) {
            return new Result(Status.MALFORMED, null);
        }
        Status status = today.isAfter(identity.validUntil()) ? Status.EXPIRED
                : today.isBefore(identity.validFrom()) ? Status.NOT_YET_VALID : Status.VALID;
        return new Result(status, identity);
    }

    /** The key a payload's key id names: the current key without one, null for an id the ring does not hold. */
    PublicKey key(Object kid) {
        return kid instanceof String id ? keys.get(id) : current;
    }

    static boolean signatureHolds(PublicKey key, byte[] payload, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(payload);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Decodes unpadded base64url, or null unless the text is exactly what encoding the bytes gives. */
    static byte[] base64url(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text) && bytes.length > 0 ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String string(Map<String, Object> fields, String key) {
        if (fields.get(key) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("missing " + key);
    }

    /** Command line: see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args.length > 3) {
            out.println("usage: java DocumentVerifier.java <public keys: X.509 base64, the current one first, or a file holding them>"
                    + " <QR text or a file holding it> [yyyy-mm-dd]");
            return 1;
        }
        Result result;
        try {
            LocalDate today = args.length == 3 ? LocalDate.parse(args[2]) : LocalDate.now();
            String keyText = textOrFile(args[0]);
            List<PublicKey> ring = new java.util.ArrayList<>();
            for (String key : keyText.contains("-----") ? new String[] {keyText} : keyText.split("[\\s,;]+")) {
                ring.add(publicKey(key));
            }
            result = new DocumentVerifier(ring.get(0), ring.subList(1, ring.size())).verify(textOrFile(args[1]), today);
        } catch (IllegalArgumentException | DateTimeException | IOException e) {
            out.println("INVALID: " + e.getMessage());
            return 1;
        }
        out.println(result.valid() ? "VALID" : "INVALID: " + result.status());
        Identity id = result.identity();
        if (id != null) {
            out.println("document:    " + id.documentNumber());
            out.println("name:        " + id.givenName() + " " + id.familyName());
            out.println("name Latin:  " + id.givenNameLatin() + " " + id.familyNameLatin());
            out.println("sex:         " + id.sex());
            out.println("born:        " + id.birthDate());
            out.println("citizenship: " + id.citizenship());
            out.println("valid:       " + id.validFrom() + " to " + id.validUntil());
            out.println("issuer key:  " + id.keyId());
            out.println("portrait:    " + (id.portraitHash() == null ? "not bound (version 1 code)" : id.portraitHash()));
        }
        return result.valid() ? 0 : 1;
    }

    private static String textOrFile(String arg) throws IOException {
        try {
            Path path = Path.of(arg);
            if (Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.UTF_8).strip();
            }
        } catch (InvalidPathException e) {
            // not a file name: the text itself
        }
        return arg.strip();
    }

    /** Just enough JSON for the payload: one flat object of strings and integers; null for anything else. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Map<String, Object> parse(String text) {
            try {
                Json json = new Json(text);
                Map<String, Object> fields = json.object();
                return json.i == text.length() ? fields : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            expect('{');
            while (s.charAt(i) != '}') {
                if (!fields.isEmpty()) {
                    expect(',');
                }
                String key = string();
                expect(':');
                Object value = s.charAt(i) == '"' ? string() : number();
                if (fields.put(key, value) != null) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
            }
            expect('}');
            return fields;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c < 0x20) {
                    throw new IllegalArgumentException("control character");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape");
                }
            }
            return out.toString();
        }

        private Integer number() {
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 9) {
                i++;
            }
            return Integer.valueOf(s.substring(start, i));
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }
    }
}
