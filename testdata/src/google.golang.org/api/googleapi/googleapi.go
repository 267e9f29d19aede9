// Package googleapi is a stub of google.golang.org/api/googleapi (v0.213.0).
package googleapi

// A CallOption is an optional argument to an API call.
type CallOption interface {
	Get() (key, value string)
}
