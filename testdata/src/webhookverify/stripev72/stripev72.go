// Package stripev72: the old major version of stripe-go, and suppression.
package stripev72

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v72/webhook"
)

//paylint:fulfillment
func upgradePlan(id string) {}

const secret = "whsec"

func Routes() {
	http.HandleFunc("/billing/webhook", verifiedV72)
	http.HandleFunc("/billing/webhook-ignored", ignoredV72)
	http.HandleFunc("/billing/webhook-dev", devOnly)
}

func verifiedV72(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := webhook.ValidatePayloadWithTolerance(body, r.Header.Get("Stripe-Signature"), secret, 0); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	upgradePlan(string(body))
}

func ignoredV72(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), secret)
	upgradePlan(string(body)) // want `verifies the signature but carries on when it fails`
}

// devOnly is a local-development endpoint, suppressed with a reason.
func devOnly(w http.ResponseWriter, r *http.Request) {
	//paylint:ignore webhookverify served only on the loopback listener in dev builds
	upgradePlan(r.FormValue("plan"))
}
