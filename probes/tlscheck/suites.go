package tlscheck

import (
	"fmt"
	"strings"
)

// suiteClass flags why a cipher suite matters to the probes. A suite may
// carry several flags (TLS_DH_anon_EXPORT_WITH_RC4_40_MD5 is anonymous,
// EXPORT and RC4 at once).
type suiteClass uint16

const (
	classRC4 suiteClass = 1 << iota
	class3DES
	classDES
	classNULL
	classEXPORT
	classAnon
	// classNoFS: key exchange without forward secrecy (RSA key transport,
	// static DH or ECDH).
	classNoFS
	// classTLS13: a TLS 1.3 suite, offered only in TLS 1.3 hellos.
	classTLS13
)

// classWeak is every class AP103 reports.
const classWeak = classRC4 | class3DES | classDES | classNULL | classEXPORT | classAnon

// weakClasses lists the weak classes in report order, with the names used
// in evidence keys.
var weakClasses = []struct {
	class suiteClass
	name  string
}{
	{classRC4, "RC4"},
	{class3DES, "3DES"},
	{classDES, "DES"},
	{classNULL, "NULL"},
	{classEXPORT, "EXPORT"},
	{classAnon, "anonymous"},
}

type suite struct {
	id    uint16
	name  string
	class suiteClass
}

// suites is every suite the raw hellos offer: the strong ones (so that a
// version test does not fail for lack of a common suite) and the weak and
// non-forward-secret ones the cipher probe looks for, including the DHE,
// NULL, EXPORT and anonymous suites crypto/tls cannot offer. IANA names.
var suites = []suite{
	// TLS 1.3
	{0x1301, "TLS_AES_128_GCM_SHA256", classTLS13},
	{0x1302, "TLS_AES_256_GCM_SHA384", classTLS13},
	{0x1303, "TLS_CHACHA20_POLY1305_SHA256", classTLS13},
	{0x1304, "TLS_AES_128_CCM_SHA256", classTLS13},
	{0x1305, "TLS_AES_128_CCM_8_SHA256", classTLS13},

	// Forward-secret, not weak.
	{0xC02B, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", 0},
	{0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 0},
	{0xC02C, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", 0},
	{0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", 0},
	{0xCCA9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", 0},
	{0xCCA8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", 0},
	{0xC0AC, "TLS_ECDHE_ECDSA_WITH_AES_128_CCM", 0},
	{0xC0AD, "TLS_ECDHE_ECDSA_WITH_AES_256_CCM", 0},
	{0xC023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", 0},
	{0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", 0},
	{0xC024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", 0},
	{0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", 0},
	{0xC009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", 0},
	{0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", 0},
	{0xC00A, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", 0},
	{0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", 0},
	{0x009E, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", 0},
	{0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", 0},
	{0xCCAA, "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", 0},
	{0xC09E, "TLS_DHE_RSA_WITH_AES_128_CCM", 0},
	{0xC09F, "TLS_DHE_RSA_WITH_AES_256_CCM", 0},
	{0x00A2, "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256", 0},
	{0x00A3, "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384", 0},
	{0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", 0},
	{0x006B, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", 0},
	{0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA", 0},
	{0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", 0},
	{0x0032, "TLS_DHE_DSS_WITH_AES_128_CBC_SHA", 0},
	{0x0038, "TLS_DHE_DSS_WITH_AES_256_CBC_SHA", 0},
	{0x0045, "TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA", 0},
	{0x0088, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", 0},

	// No forward secrecy: RSA key transport.
	{0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256", classNoFS},
	{0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", classNoFS},
	{0xC09C, "TLS_RSA_WITH_AES_128_CCM", classNoFS},
	{0xC09D, "TLS_RSA_WITH_AES_256_CCM", classNoFS},
	{0xC0A0, "TLS_RSA_WITH_AES_128_CCM_8", classNoFS},
	{0xC0A1, "TLS_RSA_WITH_AES_256_CCM_8", classNoFS},
	{0x003C, "TLS_RSA_WITH_AES_128_CBC_SHA256", classNoFS},
	{0x003D, "TLS_RSA_WITH_AES_256_CBC_SHA256", classNoFS},
	{0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", classNoFS},
	{0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA", classNoFS},
	{0x0041, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA", classNoFS},
	{0x0084, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA", classNoFS},
	{0x00BA, "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256", classNoFS},
	{0x00C0, "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256", classNoFS},
	{0xC03C, "TLS_RSA_WITH_ARIA_128_CBC_SHA256", classNoFS},
	{0xC03D, "TLS_RSA_WITH_ARIA_256_CBC_SHA384", classNoFS},
	{0xC050, "TLS_RSA_WITH_ARIA_128_GCM_SHA256", classNoFS},
	{0xC051, "TLS_RSA_WITH_ARIA_256_GCM_SHA384", classNoFS},
	{0x0096, "TLS_RSA_WITH_SEED_CBC_SHA", classNoFS},
	{0x0007, "TLS_RSA_WITH_IDEA_CBC_SHA", classNoFS},
	// No forward secrecy: static DH and ECDH.
	{0x0030, "TLS_DH_DSS_WITH_AES_128_CBC_SHA", classNoFS},
	{0x0031, "TLS_DH_RSA_WITH_AES_128_CBC_SHA", classNoFS},
	{0x0036, "TLS_DH_DSS_WITH_AES_256_CBC_SHA", classNoFS},
	{0x0037, "TLS_DH_RSA_WITH_AES_256_CBC_SHA", classNoFS},
	{0xC004, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA", classNoFS},
	{0xC005, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA", classNoFS},
	{0xC00E, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", classNoFS},
	{0xC00F, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA", classNoFS},
	{0xC025, "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", classNoFS},
	{0xC026, "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384", classNoFS},
	{0xC029, "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256", classNoFS},
	{0xC02A, "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384", classNoFS},
	{0xC02D, "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256", classNoFS},
	{0xC02E, "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384", classNoFS},
	{0xC031, "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256", classNoFS},
	{0xC032, "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384", classNoFS},

	// Weak. RC4.
	{0x0005, "TLS_RSA_WITH_RC4_128_SHA", classRC4 | classNoFS},
	{0x0004, "TLS_RSA_WITH_RC4_128_MD5", classRC4 | classNoFS},
	{0xC011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA", classRC4},
	{0xC007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", classRC4},
	{0xC00C, "TLS_ECDH_RSA_WITH_RC4_128_SHA", classRC4 | classNoFS},
	{0xC002, "TLS_ECDH_ECDSA_WITH_RC4_128_SHA", classRC4 | classNoFS},
	{0x0066, "TLS_DHE_DSS_WITH_RC4_128_SHA", classRC4},
	// 3DES.
	{0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", class3DES | classNoFS},
	{0xC012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", class3DES},
	{0xC008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", class3DES},
	{0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", class3DES},
	{0x0013, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", class3DES},
	{0x000D, "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA", class3DES | classNoFS},
	{0x0010, "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA", class3DES | classNoFS},
	{0xC003, "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA", class3DES | classNoFS},
	{0xC00D, "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA", class3DES | classNoFS},
	// Single DES.
	{0x0009, "TLS_RSA_WITH_DES_CBC_SHA", classDES | classNoFS},
	{0x000C, "TLS_DH_DSS_WITH_DES_CBC_SHA", classDES | classNoFS},
	{0x000F, "TLS_DH_RSA_WITH_DES_CBC_SHA", classDES | classNoFS},
	{0x0012, "TLS_DHE_DSS_WITH_DES_CBC_SHA", classDES},
	{0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA", classDES},
	// NULL encryption.
	{0x0001, "TLS_RSA_WITH_NULL_MD5", classNULL | classNoFS},
	{0x0002, "TLS_RSA_WITH_NULL_SHA", classNULL | classNoFS},
	{0x003B, "TLS_RSA_WITH_NULL_SHA256", classNULL | classNoFS},
	{0xC006, "TLS_ECDHE_ECDSA_WITH_NULL_SHA", classNULL},
	{0xC010, "TLS_ECDHE_RSA_WITH_NULL_SHA", classNULL},
	{0xC001, "TLS_ECDH_ECDSA_WITH_NULL_SHA", classNULL | classNoFS},
	{0xC00B, "TLS_ECDH_RSA_WITH_NULL_SHA", classNULL | classNoFS},
	// EXPORT.
	{0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", classEXPORT | classRC4 | classNoFS},
	{0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", classEXPORT | classNoFS},
	{0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", classEXPORT | classDES | classNoFS},
	{0x000B, "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA", classEXPORT | classDES | classNoFS},
	{0x000E, "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA", classEXPORT | classDES | classNoFS},
	{0x0011, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", classEXPORT | classDES},
	{0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", classEXPORT | classDES},
	{0x0062, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", classEXPORT | classDES | classNoFS},
	{0x0063, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", classEXPORT | classDES},
	{0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", classEXPORT | classRC4 | classNoFS},
	{0x0065, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", classEXPORT | classRC4},
	// Anonymous (no server authentication).
	{0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", classAnon | classEXPORT | classRC4},
	{0x0018, "TLS_DH_anon_WITH_RC4_128_MD5", classAnon | classRC4},
	{0x0019, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", classAnon | classEXPORT | classDES},
	{0x001A, "TLS_DH_anon_WITH_DES_CBC_SHA", classAnon | classDES},
	{0x001B, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", classAnon | class3DES},
	{0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA", classAnon},
	{0x003A, "TLS_DH_anon_WITH_AES_256_CBC_SHA", classAnon},
	{0x006C, "TLS_DH_anon_WITH_AES_128_CBC_SHA256", classAnon},
	{0x006D, "TLS_DH_anon_WITH_AES_256_CBC_SHA256", classAnon},
	{0x00A6, "TLS_DH_anon_WITH_AES_128_GCM_SHA256", classAnon},
	{0x00A7, "TLS_DH_anon_WITH_AES_256_GCM_SHA384", classAnon},
	{0x0046, "TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA", classAnon},
	{0x0089, "TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA", classAnon},
	{0xC015, "TLS_ECDH_anon_WITH_NULL_SHA", classAnon | classNULL},
	{0xC016, "TLS_ECDH_anon_WITH_RC4_128_SHA", classAnon | classRC4},
	{0xC017, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", classAnon | class3DES},
	{0xC018, "TLS_ECDH_anon_WITH_AES_128_CBC_SHA", classAnon},
	{0xC019, "TLS_ECDH_anon_WITH_AES_256_CBC_SHA", classAnon},
}

// scsvRenegotiation is TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746); some
// old servers want it, none is hurt by it.
const scsvRenegotiation = 0x00FF

var suiteByID = func() map[uint16]suite {
	m := make(map[uint16]suite, len(suites))
	for _, s := range suites {
		m[s.id] = s
	}
	return m
}()

// suiteName returns the IANA name of a suite, or its hex ID.
func suiteName(id uint16) string {
	if s, ok := suiteByID[id]; ok {
		return s.name
	}
	return fmt.Sprintf("0x%04X", id)
}

// suiteIDs returns the IDs of the suites in any of the classes of want,
// in table order (strongest first).
func suiteIDs(want suiteClass) []uint16 {
	var ids []uint16
	for _, s := range suites {
		if s.class&want != 0 {
			ids = append(ids, s.id)
		}
	}
	return ids
}

// legacySuiteIDs is every suite a TLS 1.2-or-older hello offers.
var legacySuiteIDs = func() []uint16 {
	var ids []uint16
	for _, s := range suites {
		if s.class&classTLS13 == 0 {
			ids = append(ids, s.id)
		}
	}
	return ids
}()

// classNames names the weak classes of c, e.g. "EXPORT, RC4".
func classNames(c suiteClass) string {
	var names []string
	for _, wc := range weakClasses {
		if c&wc.class != 0 {
			names = append(names, wc.name)
		}
	}
	return strings.Join(names, ", ")
}

// sslv2CipherSpecs are the SSLv2 CIPHER-SPECs (3 bytes each) an SSLv2
// CLIENT-HELLO offers: all seven the protocol defines.
var sslv2CipherSpecs = [][3]byte{
	{0x07, 0x00, 0xC0}, // SSL_CK_DES_192_EDE3_CBC_WITH_MD5
	{0x05, 0x00, 0x80}, // SSL_CK_IDEA_128_CBC_WITH_MD5
	{0x03, 0x00, 0x80}, // SSL_CK_RC2_128_CBC_WITH_MD5
	{0x01, 0x00, 0x80}, // SSL_CK_RC4_128_WITH_MD5
	{0x06, 0x00, 0x40}, // SSL_CK_DES_64_CBC_WITH_MD5
	{0x04, 0x00, 0x80}, // SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5
	{0x02, 0x00, 0x80}, // SSL_CK_RC4_128_EXPORT40_WITH_MD5
}
