package tlscheck

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
)

// Handshake message types past the ServerHello.
const (
	typeServerKeyExchange = 12
	typeServerHelloDone   = 14
)

// kexParams is what a TLS 1.2 ServerKeyExchange says about the key
// exchange: the named curve of ECDHE, or the prime size of DHE.
type kexParams struct {
	group  uint16 // ECDHE named_curve (0: not ECDHE)
	dhBits int    // DHE prime length in bits (0: not DHE)
}

// groupNames and groupBits cover the groups a server may pick. Bits are
// the size of the field (X25519 counts as 256, like P-256: Mozilla lists
// both).
var groupInfo = map[uint16]struct {
	name string
	bits int
}{
	0x000F: {"secp160k1", 160}, 0x0010: {"secp160r1", 160}, 0x0011: {"secp160r2", 160},
	0x0012: {"secp192k1", 192}, 0x0013: {"secp192r1", 192}, 0x0014: {"secp224k1", 224},
	0x0015: {"secp224r1", 224}, 0x0016: {"secp256k1", 256}, 0x0017: {"secp256r1", 256},
	0x0018: {"secp384r1", 384}, 0x0019: {"secp521r1", 521}, 0x001A: {"brainpoolP256r1", 256},
	0x001B: {"brainpoolP384r1", 384}, 0x001C: {"brainpoolP512r1", 512}, 0x001D: {"x25519", 256},
	0x001E: {"x448", 448}, 0x0100: {"ffdhe2048", 2048}, 0x0101: {"ffdhe3072", 3072},
	0x0102: {"ffdhe4096", 4096}, 0x0103: {"ffdhe6144", 6144}, 0x0104: {"ffdhe8192", 8192},
	0x11EB: {"SecP256r1MLKEM768", 256}, 0x11EC: {"X25519MLKEM768", 256}, 0x11ED: {"SecP384r1MLKEM1024", 384},
}

// weakGroups are the named curves below 256 bits, offered alone to see
// whether the server agrees to one of them.
var weakGroups = []uint16{0x0015, 0x0014, 0x0013, 0x0012, 0x0011, 0x0010, 0x000F}

func groupName(g uint16) string {
	if gi, ok := groupInfo[g]; ok {
		return gi.name
	}
	return fmt.Sprintf("group 0x%04X", g)
}

// groupBits is the size of g, and whether it is known.
func groupBits(g uint16) (int, bool) {
	gi, ok := groupInfo[g]
	return gi.bits, ok
}

// exchangeKex sends hello and reads the server's first flight up to its
// ServerKeyExchange (TLS 1.2 and older) or its ServerHello (TLS 1.3, whose
// later messages are encrypted). kex is nil when the flight carries no
// ServerKeyExchange (RSA key transport, TLS 1.3, a refusal).
func exchangeKex(ctx context.Context, t *probes.Target, hello []byte) (answer, *kexParams, error) {
	conn, err := t.DialTCP(ctx)
	if err != nil {
		return answer{}, nil, fmt.Errorf("connect to %s: %w", t.Host(), err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	if _, err := conn.Write(hello); err != nil {
		if isClosed(err) {
			return answer{}, nil, errClosed
		}
		return answer{}, nil, fmt.Errorf("sending the hello: %w", err)
	}
	var buf, hs []byte
	var a answer
	seenHello := false
	chunk := make([]byte, 4096)
	for {
		// Consume every complete record in buf.
		for len(buf) >= 5 {
			n := int(buf[3])<<8 | int(buf[4])
			if n == 0 || n > maxRecordLen {
				return a, nil, malformed("record length %d", n)
			}
			if len(buf) < 5+n {
				break
			}
			typ, frag := buf[0], buf[5:5+n]
			buf = buf[5+n:]
			switch {
			case typ == recordAlert && !seenHello:
				if len(frag) < 2 {
					return a, nil, malformed("short alert")
				}
				return answer{kind: answerAlert, alertLevel: frag[0], alertDesc: frag[1]}, nil, nil
			case typ != recordHandshake && !seenHello:
				return a, nil, malformed("%s (not a TLS record)", describeStart([]byte{typ}))
			case typ != recordHandshake:
				return a, nil, nil // encrypted or CCS: no ServerKeyExchange in clear
			}
			hs = append(hs, frag...)
			for len(hs) >= 4 {
				mlen := int(hs[1])<<16 | int(hs[2])<<8 | int(hs[3])
				if mlen > maxAnswerBytes {
					return a, nil, malformed("handshake message of %d bytes", mlen)
				}
				if len(hs) < 4+mlen {
					break
				}
				mtype, body := hs[0], hs[4:4+mlen]
				hs = hs[4+mlen:]
				switch {
				case !seenHello && mtype != typeServerHello:
					return a, nil, malformed("first handshake message is type %d, not ServerHello", mtype)
				case !seenHello:
					if a, err = parseServerHelloBody(body); err != nil {
						return a, nil, err
					}
					seenHello = true
					if a.version >= versionTLS13 || a.helloRetry {
						return a, nil, nil
					}
				case mtype == typeServerKeyExchange:
					k, err := parseServerKeyExchange(a.suite, body)
					return a, k, err
				case mtype == typeServerHelloDone:
					return a, nil, nil
				}
			}
		}
		if len(buf)+len(hs) > maxAnswerBytes {
			return a, nil, malformed("no ServerKeyExchange in %d bytes", maxAnswerBytes)
		}
		n, rerr := conn.Read(chunk)
		buf = append(buf, chunk[:n]...)
		if rerr != nil && n == 0 {
			switch {
			case ctx.Err() != nil:
				return a, nil, fmt.Errorf("probe stopped: %w", ctx.Err())
			case seenHello:
				return a, nil, fmt.Errorf("the flight after the ServerHello ended early: %w", rerr)
			case errors.Is(rerr, io.EOF) && len(buf) == 0 || isClosed(rerr) && len(buf) == 0:
				return a, nil, errClosed
			default:
				return a, nil, fmt.Errorf("reading the answer: %w", rerr)
			}
		}
	}
}

// parseServerKeyExchange reads the parameters of an ECDHE or DHE
// ServerKeyExchange (RFC 8422 §5.4, RFC 5246 §7.4.3).
func parseServerKeyExchange(suite uint16, body []byte) (*kexParams, error) {
	switch kexKind(suite) {
	case "ECDHE":
		if len(body) < 3 || body[0] != 3 { // named_curve
			return nil, malformed("ECDHE ServerKeyExchange without a named curve")
		}
		return &kexParams{group: uint16(body[1])<<8 | uint16(body[2])}, nil
	case "DHE":
		if len(body) < 2 {
			return nil, malformed("short DHE ServerKeyExchange")
		}
		n := int(body[0])<<8 | int(body[1])
		if n == 0 || len(body) < 2+n {
			return nil, malformed("DHE ServerKeyExchange prime length %d", n)
		}
		return &kexParams{dhBits: new(big.Int).SetBytes(body[2 : 2+n]).BitLen()}, nil
	}
	return nil, nil
}

// kexKind is "ECDHE", "DHE" or "" for a suite's key exchange.
func kexKind(id uint16) string {
	name := suiteName(id)
	switch {
	case strings.Contains(name, "_ECDHE_"):
		return "ECDHE"
	case strings.Contains(name, "_DHE_"):
		return "DHE"
	}
	return ""
}
