// Package gateway mounts the C2B confirmation of package callbacks.
package gateway

import (
	"net/http"

	"webhookverify/daraja/callbacks"
)

func Routes(mux *http.ServeMux, rc *callbacks.Receiver) {
	mux.HandleFunc("POST /mpesa/c2b/confirmation", rc.Confirmation) // want `payment webhook handler rc.Confirmation \(package webhookverify/daraja/callbacks\) mounted on POST /mpesa/c2b/confirmation verifies no signature`
}
