package crawler

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"syscall"
)

// Error kinds that name why a host could not be reached; an operator
// reads them in the summary ("errors: dns=3 refused=1") instead of a bare
// "network".
const (
	KindDNS     ErrorKind = "dns"     // the host name does not resolve
	KindRefused ErrorKind = "refused" // nothing listens on the port
	KindTLS     ErrorKind = "tls"     // the TLS handshake or the certificate failed
)

// connectKind recognises the failures to reach a host: DNS, a refused
// connection, TLS. ok is false for other errors, timeouts included (they
// are KindTimeout). transient says whether trying again later may help: a
// name that does not exist and a bad certificate stay as they are within a
// run.
func connectKind(err error) (kind ErrorKind, transient, ok bool) {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "", false, false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return KindDNS, !dnsErr.IsNotFound, true
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return KindRefused, true, true
	}
	var (
		certErr    *tls.CertificateVerificationError
		recordErr  tls.RecordHeaderError
		alertErr   tls.AlertError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
	)
	if errors.As(err, &certErr) || errors.As(err, &recordErr) || errors.As(err, &alertErr) ||
		errors.As(err, &unknownCA) || errors.As(err, &hostErr) || errors.As(err, &invalidErr) {
		return KindTLS, false, true
	}
	return "", false, false
}
