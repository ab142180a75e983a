package tlscheck

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"strconv"
)

// answerKind is what a server's first message to a hello was.
type answerKind int

const (
	answerServerHello      answerKind = iota + 1 // TLS/SSLv3 ServerHello (or HelloRetryRequest)
	answerAlert                                  // TLS alert record
	answerSSLv2ServerHello                       // SSLv2 SERVER-HELLO
	answerSSLv2Error                             // SSLv2 ERROR message
)

// answer is the decoded first message of a server's reply.
type answer struct {
	kind answerKind

	// ServerHello.
	version       uint16 // negotiated: supported_versions if present, else legacy_version
	legacyVersion uint16
	suite         uint16
	helloRetry    bool // a TLS 1.3 HelloRetryRequest
	// group is the key_share group of a TLS 1.3 ServerHello or
	// HelloRetryRequest (0: none).
	group uint16

	// Alert.
	alertLevel, alertDesc byte

	// SSLv2.
	sslv2CipherSpecs int
	sslv2Error       uint16
}

// Limits on what the parser accepts before calling an answer malformed.
const (
	maxRecordLen      = 1<<14 + 2048 // TLSCiphertext limit (RFC 8446 §5.2)
	maxServerHelloLen = 1 << 14      // a ServerHello is ~100 bytes; generous
	maxAnswerBytes    = 4 * (5 + maxRecordLen)
)

var (
	// errShortAnswer: the bytes so far are a valid prefix; read more.
	errShortAnswer = errors.New("answer incomplete")
	// errMalformed: the bytes are not a TLS or SSLv2 answer.
	errMalformed = errors.New("not a TLS answer")
)

// helloRetryRandom marks a HelloRetryRequest (RFC 8446 §4.1.3).
var helloRetryRandom = sha256.Sum256([]byte("HelloRetryRequest"))

// parseServerHello decodes the first message of a server's reply to a
// hello: a ServerHello (possibly spread over several handshake records),
// an alert, or an SSLv2 SERVER-HELLO or ERROR. It returns errShortAnswer
// while b is a valid but incomplete prefix, and an error wrapping
// errMalformed as soon as b cannot be one. Trailing bytes are ignored.
func parseServerHello(b []byte) (answer, error) {
	if len(b) == 0 {
		return answer{}, errShortAnswer
	}
	if b[0]&0x80 != 0 {
		return parseSSLv2(b)
	}
	return parseTLS(b)
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errMalformed, fmt.Sprintf(format, args...))
}

// describeStart quotes the first bytes of a non-TLS answer, which is
// often enough to see what answered instead ("HTTP/1.1 400", "SSH-2.0").
func describeStart(b []byte) string {
	n := min(len(b), 16)
	printable := true
	for _, c := range b[:n] {
		if c < 0x20 && c != '\r' && c != '\n' || c > 0x7e {
			printable = false
			break
		}
	}
	if printable {
		return "starts with " + strconv.Quote(string(b[:n]))
	}
	return fmt.Sprintf("starts with % x", b[:n])
}

func parseSSLv2(b []byte) (answer, error) {
	if len(b) < 3 {
		return answer{}, errShortAnswer
	}
	n := int(b[0]&0x7f)<<8 | int(b[1])
	// Check what the first bytes allow before waiting for up to 32 KiB:
	// an ERROR is 3 bytes; a SERVER-HELLO has an 11-byte header with a
	// session-id-hit flag, certificate type X.509 and major version 0.
	switch {
	case b[2] == 0 && n != 3,
		b[2] == 4 && n < 11,
		b[2] != 0 && b[2] != 4,
		b[2] == 4 && len(b) > 3 && b[3] > 1,
		b[2] == 4 && len(b) > 4 && b[4] != 1,
		b[2] == 4 && len(b) > 5 && b[5] != 0:
		return answer{}, malformed("%s (neither a TLS record nor an SSLv2 SERVER-HELLO)", describeStart(b))
	}
	if len(b) < 2+n {
		return answer{}, errShortAnswer
	}
	msg := b[2 : 2+n]
	if msg[0] == 0 {
		return answer{kind: answerSSLv2Error, sslv2Error: uint16(msg[1])<<8 | uint16(msg[2])}, nil
	}
	// SERVER-HELLO: type, session-id-hit, certificate type, version,
	// certificate length, cipher-specs length, connection-id length.
	version := uint16(msg[3])<<8 | uint16(msg[4])
	certLen := int(msg[5])<<8 | int(msg[6])
	specsLen := int(msg[7])<<8 | int(msg[8])
	connIDLen := int(msg[9])<<8 | int(msg[10])
	if 11+certLen+specsLen+connIDLen != len(msg) || specsLen%3 != 0 {
		return answer{}, malformed("SSLv2 SERVER-HELLO lengths do not add up")
	}
	return answer{kind: answerSSLv2ServerHello, version: version, legacyVersion: version, sslv2CipherSpecs: specsLen / 3}, nil
}

func parseTLS(b []byte) (answer, error) {
	var hs []byte // handshake bytes gathered so far
	for off := 0; ; {
		rest := b[off:]
		if len(rest) == 0 {
			return answer{}, errShortAnswer
		}
		typ := rest[0]
		switch {
		case off == 0 && typ != recordAlert && typ != recordHandshake:
			return answer{}, malformed("%s (not a TLS record)", describeStart(b))
		case off > 0 && typ != recordHandshake:
			return answer{}, malformed("ServerHello interrupted by a record of type %d", typ)
		}
		if len(rest) >= 2 && rest[1] != 3 {
			return answer{}, malformed("%s (record version %d.x is not SSLv3/TLS)", describeStart(b), rest[1])
		}
		if len(rest) < 5 {
			return answer{}, errShortAnswer
		}
		n := int(rest[3])<<8 | int(rest[4])
		if n == 0 || n > maxRecordLen {
			return answer{}, malformed("record length %d", n)
		}
		frag := rest[5:min(len(rest), 5+n)]
		if typ == recordAlert {
			if len(frag) < 2 {
				return answer{}, errShortAnswer
			}
			return answer{kind: answerAlert, alertLevel: frag[0], alertDesc: frag[1]}, nil
		}
		if len(hs) == 0 && len(frag) > 0 && frag[0] != typeServerHello {
			return answer{}, malformed("first handshake message is type %d, not ServerHello", frag[0])
		}
		if len(frag) < n {
			return answer{}, errShortAnswer
		}
		hs = append(hs, frag...)
		off += 5 + n
		if len(hs) < 4 {
			continue
		}
		mlen := int(hs[1])<<16 | int(hs[2])<<8 | int(hs[3])
		if mlen > maxServerHelloLen {
			return answer{}, malformed("ServerHello of %d bytes", mlen)
		}
		if len(hs) >= 4+mlen {
			return parseServerHelloBody(hs[4 : 4+mlen])
		}
	}
}

func parseServerHelloBody(m []byte) (answer, error) {
	// legacy_version(2) random(32) session_id<0..32> cipher_suite(2)
	// legacy_compression_method(1) extensions<0..2^16-1>
	if len(m) < 35 {
		return answer{}, malformed("ServerHello of %d bytes", len(m))
	}
	a := answer{kind: answerServerHello, legacyVersion: uint16(m[0])<<8 | uint16(m[1])}
	a.version = a.legacyVersion
	if m[0] != 3 {
		return answer{}, malformed("ServerHello version 0x%04X", a.legacyVersion)
	}
	a.helloRetry = bytes.Equal(m[2:34], helloRetryRandom[:])
	sidLen := int(m[34])
	rest := m[35:]
	if sidLen > 32 || len(rest) < sidLen+3 {
		return answer{}, malformed("ServerHello session ID")
	}
	rest = rest[sidLen:]
	a.suite = uint16(rest[0])<<8 | uint16(rest[1])
	rest = rest[3:]
	if len(rest) == 0 {
		return a, nil // no extensions (SSLv3, minimal TLS servers)
	}
	if len(rest) < 2 || int(rest[0])<<8|int(rest[1]) != len(rest)-2 {
		return answer{}, malformed("ServerHello extensions length")
	}
	for rest = rest[2:]; len(rest) > 0; {
		if len(rest) < 4 {
			return answer{}, malformed("ServerHello extension header")
		}
		typ := uint16(rest[0])<<8 | uint16(rest[1])
		n := int(rest[2])<<8 | int(rest[3])
		if len(rest) < 4+n {
			return answer{}, malformed("ServerHello extension %d length", typ)
		}
		data := rest[4 : 4+n]
		if typ == extSupportedVersions {
			if n != 2 || data[0] != 3 {
				return answer{}, malformed("supported_versions in ServerHello")
			}
			a.version = uint16(data[0])<<8 | uint16(data[1])
		}
		if typ == extKeyShare && n >= 2 {
			// ServerHello: group(2) key_exchange<1..>; HelloRetryRequest:
			// selected_group(2). Either way the group comes first.
			a.group = uint16(data[0])<<8 | uint16(data[1])
		}
		rest = rest[4+n:]
	}
	return a, nil
}

// alertNames covers the alerts servers send to hellos they refuse.
var alertNames = map[byte]string{
	0: "close_notify", 10: "unexpected_message", 20: "bad_record_mac", 40: "handshake_failure",
	42: "bad_certificate", 47: "illegal_parameter", 50: "decode_error", 51: "decrypt_error",
	70: "protocol_version", 71: "insufficient_security", 80: "internal_error", 86: "inappropriate_fallback",
	90: "user_canceled", 109: "missing_extension", 110: "unsupported_extension", 112: "unrecognized_name",
	120: "no_application_protocol",
}

func alertName(d byte) string {
	if n, ok := alertNames[d]; ok {
		return n
	}
	return "description " + strconv.Itoa(int(d))
}
