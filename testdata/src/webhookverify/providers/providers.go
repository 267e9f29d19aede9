// Package providers: webhook verifiers of the provider SDKs other than
// stripe-go, and their failure shapes: Adyen and Razorpay answer a bool,
// Square and Braintree an error.
package providers

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/braintree-go/braintree-go"
	"github.com/razorpay/razorpay-go/utils"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

//paylint:fulfillment
func fulfil(ref string) {}

const key = "whsec"

var (
	bt = braintree.New(braintree.Sandbox, "m", "pub", "priv")
	sq *sqclient.Client
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/adyen", adyenVerified)
	mux.HandleFunc("POST /webhooks/adyen-ignored", adyenIgnored)
	mux.HandleFunc("POST /webhooks/razorpay", razorpayVerified)
	mux.HandleFunc("POST /webhooks/razorpay-ignored", razorpayIgnored)
	mux.HandleFunc("POST /webhooks/square", squareVerified)
	mux.HandleFunc("POST /webhooks/square-ignored", squareIgnored)
	mux.HandleFunc("POST /webhooks/braintree", braintreeVerified)
	mux.HandleFunc("POST /webhooks/braintree-ignored", braintreeIgnored)
	mux.HandleFunc("POST /webhooks/braintree-none", braintreeUnverified)
}

func adyenVerified(w http.ResponseWriter, r *http.Request) {
	var item webhook.NotificationRequestItem
	json.NewDecoder(r.Body).Decode(&item)
	if !hmacvalidator.ValidateHmac(item, key) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fulfil(item.MerchantReference)
}

func adyenIgnored(w http.ResponseWriter, r *http.Request) {
	var item webhook.NotificationRequestItem
	json.NewDecoder(r.Body).Decode(&item)
	ok := hmacvalidator.ValidateHmac(item, key)
	_ = ok
	fulfil(item.MerchantReference) // want `verifies the signature but carries on when it fails`
}

func razorpayVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), key) {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(string(body))
}

func razorpayIgnored(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), key)
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}

func squareVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	err := sq.Webhooks.VerifySignature(context.Background(), &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: r.Header.Get("X-Square-Hmacsha256-Signature"),
		SignatureKey:    key,
		NotificationURL: "https://shop.example/webhooks/square",
	})
	if err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	fulfil(string(body)) // want `checks only the error of square Webhooks.VerifySignature, which answers nil for an empty body`
}

func squareIgnored(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sq.Webhooks.VerifySignature(context.Background(), &square.VerifySignatureRequest{RequestBody: string(body)})
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}

func braintreeVerified(w http.ResponseWriter, r *http.Request) {
	n, err := bt.WebhookNotification().Parse(r.FormValue("bt_signature"), r.FormValue("bt_payload"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(n.Kind)
}

func braintreeIgnored(w http.ResponseWriter, r *http.Request) {
	n, _ := bt.WebhookNotification().ParseRequest(r)
	fulfil(n.Kind) // want `verifies the signature but carries on when it fails`
}

// The payload read without Parse: nothing checks bt_signature.
func braintreeUnverified(w http.ResponseWriter, r *http.Request) {
	fulfil(r.FormValue("bt_payload")) // want `without verifying`
}
