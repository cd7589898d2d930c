package bus

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// TestTransientRefused: nothing listening is worth waiting for.
func TestTransientRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, err = Dial(DialConfig{URL: "nats://" + addr})
	if err == nil || !Transient(err) {
		t.Fatalf("Dial to a closed port = %v, Transient %v; want a transient error", err, Transient(err))
	}
}

// TestTransientInvalidURL: a URL nats.go cannot parse, or whose port
// cannot be dialled, is a configuration error no wait mends. Before, an
// invalid port (*net.AddrError, a net.Error) was waited for like a
// server that is down.
func TestTransientInvalidURL(t *testing.T) {
	for _, u := range []string{
		"nats://byline:s3cret%zz@127.0.0.1:4222", // invalid escape: url.Error
		"nats://byline:s3cret@host name:4222",    // invalid host: url.Error
		"nats://byline:s3cret@127.0.0.1:99999",   // invalid port: net.AddrError
	} {
		_, err := Dial(DialConfig{URL: u})
		if err == nil {
			t.Fatalf("Dial(%q) succeeded", u)
		}
		if Transient(err) {
			t.Errorf("Dial(%q) = %v: transient, want permanent", u, err)
		}
	}
}

// TestTransientMissingFile: a credentials or CA file that does not exist
// is configuration no wait mends. Its *fs.PathError wraps a
// syscall.Errno, which is a net.Error, so it was waited for like a server
// that is down (the README says such a file ends the command at once).
func TestTransientMissingFile(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	missing := filepath.Join(t.TempDir(), "missing.pem")
	for _, cfg := range []DialConfig{
		{URL: "tls://" + l.Addr().String(), TLSCA: missing},
		{URL: "nats://" + l.Addr().String(), Creds: missing},
	} {
		_, err := Dial(cfg)
		if err == nil {
			t.Fatalf("Dial(%+v) succeeded", cfg)
		}
		if Transient(err) {
			t.Errorf("Dial(%+v) = %v: transient, want permanent", cfg, err)
		}
	}
}

// TestTransientClientCertRejected: a server that requires a client
// certificate the client does not have, or does not trust the one it has,
// answers with a TLS alert ("remote error: tls: certificate required"), a
// *net.OpError. That is configuration, not an outage: it must not be
// waited for like a server that is down.
func TestTransientClientCertRejected(t *testing.T) {
	dir := t.TempDir()
	ca, caKey := testCert(t, dir, "ca", nil, nil)
	srvCert, srvKey := testCert(t, dir, "server", ca, caKey)
	other, otherKey := testCert(t, dir, "otherca", nil, nil)
	testCert(t, dir, "stranger", other, otherKey)
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	opts := &server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, NoLog: true, NoSigs: true,
		TLS: true, TLSVerify: true, TLSTimeout: 2,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{{Certificate: [][]byte{srvCert.Raw}, PrivateKey: srvKey}},
			ClientAuth:   tls.RequireAndVerifyClientCert, ClientCAs: pool, MinVersion: tls.VersionTLS12,
		}}
	ns, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	defer ns.Shutdown()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("server not ready")
	}
	url := "tls://" + ns.Addr().String()
	caFile := filepath.Join(dir, "ca.pem")
	for name, dc := range map[string]DialConfig{
		"no client certificate": {URL: url, TLSCA: caFile},
		"untrusted client certificate": {URL: url, TLSCA: caFile,
			TLSCert: filepath.Join(dir, "stranger.pem"), TLSKey: filepath.Join(dir, "stranger-key.pem")},
	} {
		nc, err := Dial(dc)
		if err == nil {
			nc.Close()
			t.Fatalf("%s: Dial succeeded", name)
		}
		if Transient(err) {
			t.Errorf("%s: Dial = %v: transient, want permanent", name, err)
		}
	}
}

// testCert writes name.pem and name-key.pem in dir: a CA when parent is
// nil, else a certificate for 127.0.0.1 it signs.
func testCert(t *testing.T, dir, name string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: name},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		KeyUsage:     x509.KeyUsageDigitalSignature,
	}
	signer, signKey := tmpl, key
	if parent == nil {
		tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	} else {
		signer, signKey = parent, parentKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	for file, b := range map[string]*pem.Block{
		name + ".pem":     {Type: "CERTIFICATE", Bytes: der},
		name + "-key.pem": {Type: "EC PRIVATE KEY", Bytes: kder},
	} {
		if err := os.WriteFile(filepath.Join(dir, file), pem.EncodeToMemory(b), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return cert, key
}
