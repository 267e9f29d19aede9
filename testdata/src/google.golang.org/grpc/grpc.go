// Package grpc is a stub of google.golang.org/grpc: only what paylint's
// tests use.
package grpc

// CallOption configures a call.
type CallOption interface{}

// ClientConnInterface is a client connection.
type ClientConnInterface interface{}
