package tlscheck

import (
	"crypto/ecdh"
	"crypto/rand"
	"fmt"
	"net"
	"sync"
)

// Protocol versions as they appear on the wire.
const (
	versionSSL2  uint16 = 0x0002
	versionSSL3  uint16 = 0x0300
	versionTLS10 uint16 = 0x0301
	versionTLS11 uint16 = 0x0302
	versionTLS12 uint16 = 0x0303
	versionTLS13 uint16 = 0x0304
)

// versionName is the name used in messages and evidence keys.
func versionName(v uint16) string {
	switch v {
	case versionSSL2:
		return "SSLv2"
	case versionSSL3:
		return "SSLv3"
	case versionTLS10:
		return "TLS1.0"
	case versionTLS11:
		return "TLS1.1"
	case versionTLS12:
		return "TLS1.2"
	case versionTLS13:
		return "TLS1.3"
	}
	return fmt.Sprintf("0x%04X", v)
}

// TLS record content types and handshake message types used here.
const (
	recordAlert     = 0x15
	recordHandshake = 0x16

	typeClientHello = 1
	typeServerHello = 2
)

// Extension code points (IANA "TLS ExtensionType Values").
const (
	extServerName          = 0
	extSupportedGroups     = 10
	extECPointFormats      = 11
	extSignatureAlgorithms = 13
	extPadding             = 21
	extSupportedVersions   = 43
	extKeyShare            = 51
)

const groupX25519 = 0x001D

// supportedGroups: the X25519 key share comes first; the NIST curves and
// FFDHE groups let servers without X25519 pick something (in TLS 1.3 via a
// HelloRetryRequest, which counts as acceptance).
var supportedGroups = []uint16{groupX25519, 0x0017, 0x0018, 0x0019, 0x001E, 0x0100, 0x0101}

// signatureAlgorithms includes the SHA-1 schemes so that old TLS 1.2
// servers still answer; a hello is never completed, so nothing is signed
// with them on our behalf.
var signatureAlgorithms = []uint16{
	0x0403, 0x0503, 0x0603, // ecdsa_secp256r1_sha256 … secp521r1_sha512
	0x0807, 0x0808, // ed25519, ed448
	0x0804, 0x0805, 0x0806, // rsa_pss_rsae_sha256 … sha512
	0x0809, 0x080A, 0x080B, // rsa_pss_pss_sha256 … sha512
	0x0401, 0x0501, 0x0601, // rsa_pkcs1_sha256 … sha512
	0x0201, 0x0203, 0x0202, 0x0402, // rsa_pkcs1_sha1, ecdsa_sha1, dsa_sha1, dsa_sha256
}

// keyShare is one X25519 public key for every TLS 1.3 hello of the
// process: the handshake never goes past ServerHello, so the private half
// is never used.
var keyShare = sync.OnceValue(func() []byte {
	k, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		panic("tlscheck: X25519 key generation: " + err.Error())
	}
	return k.PublicKey().Bytes()
})

// helloSpec describes one hand-built ClientHello.
type helloSpec struct {
	// version is the highest version offered: the client_version for
	// SSLv3 to TLS 1.2, and the supported_versions extension for TLS 1.3.
	version uint16
	suites  []uint16
	// serverName goes into SNI unless it is empty or an IP address.
	serverName string
	// groups replaces supportedGroups when not nil.
	groups []uint16
}

// buildClientHello encodes a ClientHello record for SSLv3 to TLS 1.3.
// SSLv3 hellos carry no extensions, as SSLv3 clients did not send any.
func buildClientHello(h helloSpec) []byte {
	random := make([]byte, 32)
	_, _ = rand.Read(random)
	clientVersion := min(h.version, versionTLS12)

	var body []byte
	body = appendU16(body, clientVersion)
	body = append(body, random...)
	if h.version >= versionTLS13 {
		// Middlebox compatibility mode (RFC 8446 D.4) wants a session ID.
		sid := make([]byte, 32)
		_, _ = rand.Read(sid)
		body = append(body, byte(len(sid)))
		body = append(body, sid...)
	} else {
		body = append(body, 0)
	}
	body = withLen16(body, func(b []byte) []byte {
		for _, id := range h.suites {
			b = appendU16(b, id)
		}
		if h.version < versionTLS13 {
			b = appendU16(b, scsvRenegotiation)
		}
		return b
	})
	body = append(body, 1, 0) // compression methods: null only

	if h.version > versionSSL3 {
		exts := helloExtensions(h)
		// Some servers hang on hellos of 256 to 511 bytes (RFC 7685 §1):
		// pad past them.
		if n := 4 + len(body) + 2 + len(exts); n >= 256 && n < 512 {
			pad := max(0, 512-n-4)
			exts = appendU16(exts, extPadding)
			exts = appendU16(exts, uint16(pad))
			exts = append(exts, make([]byte, pad)...)
		}
		body = appendU16(body, uint16(len(exts)))
		body = append(body, exts...)
	}

	msg := []byte{typeClientHello, byte(len(body) >> 16), byte(len(body) >> 8), byte(len(body))}
	msg = append(msg, body...)

	recordVersion := versionTLS10 // what most clients put on the first record
	if h.version == versionSSL3 {
		recordVersion = versionSSL3
	}
	rec := []byte{recordHandshake}
	rec = appendU16(rec, recordVersion)
	rec = appendU16(rec, uint16(len(msg)))
	return append(rec, msg...)
}

func helloExtensions(h helloSpec) []byte {
	var exts []byte
	ext := func(typ uint16, data func([]byte) []byte) {
		exts = appendU16(exts, typ)
		exts = withLen16(exts, data)
	}
	if h.serverName != "" && net.ParseIP(h.serverName) == nil {
		ext(extServerName, func(b []byte) []byte {
			return withLen16(b, func(b []byte) []byte {
				b = append(b, 0) // host_name
				return withLen16(b, func(b []byte) []byte { return append(b, h.serverName...) })
			})
		})
	}
	ext(extSupportedGroups, func(b []byte) []byte {
		return withLen16(b, func(b []byte) []byte {
			groups := supportedGroups
			if h.groups != nil {
				groups = h.groups
			}
			for _, g := range groups {
				b = appendU16(b, g)
			}
			return b
		})
	})
	ext(extECPointFormats, func(b []byte) []byte { return append(b, 1, 0) }) // uncompressed
	ext(extSignatureAlgorithms, func(b []byte) []byte {
		return withLen16(b, func(b []byte) []byte {
			for _, s := range signatureAlgorithms {
				b = appendU16(b, s)
			}
			return b
		})
	})
	if h.version >= versionTLS13 {
		ext(extSupportedVersions, func(b []byte) []byte {
			b = append(b, 2)
			return appendU16(b, versionTLS13)
		})
		ext(extKeyShare, func(b []byte) []byte {
			return withLen16(b, func(b []byte) []byte {
				b = appendU16(b, groupX25519)
				return withLen16(b, func(b []byte) []byte { return append(b, keyShare()...) })
			})
		})
	}
	return exts
}

// buildSSLv2ClientHello encodes an SSLv2 CLIENT-HELLO offering SSLv2 only
// (version 0x0002), with a two-byte record header.
func buildSSLv2ClientHello() []byte {
	challenge := make([]byte, 16)
	_, _ = rand.Read(challenge)
	msg := []byte{1} // CLIENT-HELLO
	msg = appendU16(msg, versionSSL2)
	msg = appendU16(msg, uint16(3*len(sslv2CipherSpecs)))
	msg = appendU16(msg, 0) // session ID length
	msg = appendU16(msg, uint16(len(challenge)))
	for _, cs := range sslv2CipherSpecs {
		msg = append(msg, cs[:]...)
	}
	msg = append(msg, challenge...)
	rec := []byte{0x80 | byte(len(msg)>>8), byte(len(msg))}
	return append(rec, msg...)
}

func appendU16(b []byte, v uint16) []byte { return append(b, byte(v>>8), byte(v)) }

// withLen16 appends what fill appends, preceded by its two-byte length.
func withLen16(b []byte, fill func([]byte) []byte) []byte {
	start := len(b)
	b = append(b, 0, 0)
	b = fill(b)
	n := len(b) - start - 2
	b[start], b[start+1] = byte(n>>8), byte(n)
	return b
}
