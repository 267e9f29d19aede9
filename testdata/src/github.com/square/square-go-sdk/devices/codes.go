// Package devices is a stub of github.com/square/square-go-sdk/devices
// (v1.5.0 devices/codes.go, abridged).
package devices

type GetCodesRequest struct {
	// The unique identifier for the device code.
	ID string `json:"-" url:"-"`
}
