// Package option is a stub of google.golang.org/api/option (v0.213.0).
package option

import (
	"net/http"

	"google.golang.org/api/internal"
)

// A ClientOption is an option for a Google API client.
type ClientOption interface {
	Apply(*internal.DialSettings)
}

type withHTTPClient struct{ client *http.Client }

func (w withHTTPClient) Apply(o *internal.DialSettings) {}

// WithHTTPClient returns a ClientOption that specifies the HTTP client to use.
func WithHTTPClient(client *http.Client) ClientOption { return withHTTPClient{client} }
