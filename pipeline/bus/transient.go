package bus

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/url"
	"syscall"

	"github.com/nats-io/nats.go"
)

// Transient reports whether a Dial error may mend by waiting: nothing
// listens at the address yet (connection refused), its name does not
// resolve yet (a compose or Kubernetes service starting), the server
// timed out, closed the connection or has no room for another client.
// Errors that waiting cannot mend are not transient: a rejected
// authorization (bad credentials, an expired or revoked user), a server
// certificate the CA does not verify, a client certificate the server
// rejects (a TLS alert, or the connection closed right after the
// handshake), an invalid URL or port, a credentials or CA file that
// cannot be read, and any error it does not know.
func Transient(err error) bool {
	if err == nil || permanent(err) {
		return false
	}
	var ne net.Error
	return errors.As(err, &ne) ||
		errors.Is(err, nats.ErrNoServers) ||
		errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, nats.ErrStaleConnection) ||
		errors.Is(err, nats.ErrMaxConnectionsExceeded) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET)
}

// permanent recognises the errors of Transient that waiting cannot mend
// although some of them also satisfy net.Error: a *url.Error, a
// *net.AddrError (an invalid port), and a TLS alert the server sent, which
// crypto/tls reports as a *net.OpError with Op "remote error" ("tls:
// certificate required", "tls: bad certificate": the server rejects the
// client certificate). nats.ErrTLS wraps the failed handshakes and a
// connection the server closed right after the handshake (how nats-server
// rejects a client certificate); only its timeouts are transient.
func permanent(err error) bool {
	var (
		pe  *fs.PathError // a credentials, nkey or CA file that cannot be read (syscall.Errno is a net.Error)
		ue  *url.Error
		ae  *net.AddrError
		oe  *net.OpError
		ua  x509.UnknownAuthorityError
		he  x509.HostnameError
		ce  x509.CertificateInvalidError
		tve *tls.CertificateVerificationError
	)
	if errors.Is(err, nats.ErrTLS) {
		var ne net.Error
		return !errors.As(err, &ne) || !ne.Timeout()
	}
	return errors.Is(err, nats.ErrAuthorization) || errors.Is(err, nats.ErrAuthExpired) ||
		errors.Is(err, nats.ErrAuthRevoked) || errors.Is(err, nats.ErrAccountAuthExpired) ||
		errors.Is(err, nats.ErrSecureConnRequired) || errors.Is(err, nats.ErrSecureConnWanted) ||
		errors.As(err, &pe) || errors.As(err, &ue) || errors.As(err, &ae) || (errors.As(err, &oe) && oe.Op == "remote error") ||
		errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ce) || errors.As(err, &tve)
}
