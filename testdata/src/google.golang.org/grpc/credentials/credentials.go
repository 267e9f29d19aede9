// Package credentials is a stub of google.golang.org/grpc/credentials
// (v1.67.0): only what paylint's tests use.
package credentials

// TransportCredentials defines the common interface for all transport
// security protocols.
type TransportCredentials interface{}

// NewClientTLSFromFile constructs TLS credentials from the PEM-encoded
// certificate file for the client (tls.go).
func NewClientTLSFromFile(certFile, serverNameOverride string) (TransportCredentials, error) {
	return nil, nil
}
