// Package vendorsig is a vendor's signature library with no recognisable
// body (say, assembly or cgo): it is made a verifier by configuration.
package vendorsig

func Verify(body []byte, sig string) error { return nil }
