// Package tlspolicy holds an organisation's TLS defaults, imported by the
// services below: constants of another package.
package tlspolicy

import "crypto/tls"

// LegacyMinVersion keeps old partner integrations working.
const LegacyMinVersion = tls.VersionTLS11

// ModernMinVersion is the default for new services.
const ModernMinVersion = tls.VersionTLS13
