// Package requests is a stub of github.com/razorpay/razorpay-go/requests.
package requests

import "net/http"

type Auth struct {
	Key    string
	Secret string
}

type Request struct {
	Auth       Auth
	HTTPClient *http.Client
	Headers    map[string]string
	Version    string
	SDKName    string
	AppDetails map[string]string
}
