// Package internal is a stub of google.golang.org/api/internal (v0.213.0).
package internal

// DialSettings holds information needed to establish a connection with a
// Google API service.
type DialSettings struct{}
