package grpc

import "google.golang.org/grpc/credentials"

// ClientConn is a virtual connection to a gRPC server (clientconn.go of
// v1.67.0).
type ClientConn struct{}

// Close tears down the connection.
func (cc *ClientConn) Close() error { return nil }

// DialOption configures how a connection is set up (dialoptions.go).
type DialOption interface{}

// NewClient creates a channel for target (clientconn.go of v1.67.0).
func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

// WithTransportCredentials sets the connection's transport security.
func WithTransportCredentials(creds credentials.TransportCredentials) DialOption { return nil }
