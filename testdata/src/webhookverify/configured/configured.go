// Package configured: a verifier known from .paylint.yml.
package configured

import (
	"io"
	"net/http"

	"webhookverify/configured/vendorsig"
)

//paylint:fulfillment
func fulfil(id string) {}

func Routes() {
	http.HandleFunc("/webhooks/vendor", vendorVerified)
	http.HandleFunc("/webhooks/vendor-logged", vendorLogged)
}

func vendorVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := vendorsig.Verify(body, r.Header.Get("X-Vendor-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	fulfil(string(body))
}

func vendorLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := vendorsig.Verify(body, r.Header.Get("X-Vendor-Signature")); err != nil {
		println("bad signature")
	}
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}
