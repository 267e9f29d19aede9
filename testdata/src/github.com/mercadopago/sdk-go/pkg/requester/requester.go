// Package requester is a stub of github.com/mercadopago/sdk-go/pkg/requester.
package requester

import "net/http"

type Requester interface {
	Do(req *http.Request) (*http.Response, error)
}
