// Package squarebody: Square's Webhooks.VerifySignature answers nil for
// an empty body (square-go-sdk v1.5.0) without looking at the signature.
// A handler that checks its error and acts without requiring a body is
// fail-open; one that rejects an empty body, or decodes it and stops on
// the decode error, is not.
package squarebody

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/razorpay/razorpay-go/utils"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

//paylint:fulfillment
func fulfil(ref string) {}

const key = "whsec"

var sq *sqclient.Client

type event struct {
	Data struct {
		ID string `json:"id"`
	} `json:"data"`
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/square/query", byQuery)
	mux.HandleFunc("POST /webhooks/square/unchecked", decodeUnchecked)
	mux.HandleFunc("POST /webhooks/square/logged", decodeLogged)
	mux.HandleFunc("POST /webhooks/square/decoded", decodeChecked)
	mux.HandleFunc("POST /webhooks/square/nonempty", emptyRejected)
	mux.HandleFunc("POST /webhooks/square/length", contentLength)
	mux.HandleFunc("POST /webhooks/square/parsed", parsedByHelper)
	mux.HandleFunc("POST /webhooks/razorpay", razorpay)
}

// The payment comes from the query: an empty body passes the check.
func byQuery(w http.ResponseWriter, r *http.Request) {
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
	fulfil(r.URL.Query().Get("payment_id")) // want `checks only the error of square Webhooks.VerifySignature, which answers nil for an empty body`
}

// The decode's error is not looked at.
func decodeUnchecked(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	req := &square.VerifySignatureRequest{SignatureKey: key, NotificationURL: "https://shop.example/webhooks/square"}
	req.RequestBody = string(body)
	req.SignatureHeader = r.Header.Get("X-Square-Hmacsha256-Signature")
	if err := sq.Webhooks.VerifySignature(r.Context(), req); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var ev event
	_ = json.Unmarshal(body, &ev)
	fulfil(ev.Data.ID) // want `reject an empty body \(len\(body\) == 0\) before verifying`
}

// The decode's error is only logged.
func decodeLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{RequestBody: string(body), SignatureKey: key}); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var ev event
	if err := json.Unmarshal(body, &ev); err != nil {
		log.Printf("square webhook: %v", err)
	}
	fulfil(ev.Data.ID) // want `checks only the error of square Webhooks.VerifySignature`
}

// Silent: an empty body fails to decode, and the handler stops there.
func decodeChecked(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{RequestBody: string(body), SignatureKey: key}); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var ev event
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(ev.Data.ID)
}

// Silent: an empty body is rejected before the check.
func emptyRejected(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if len(body) == 0 {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{RequestBody: string(body), SignatureKey: key}); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	fulfil(r.URL.Query().Get("payment_id"))
}

// Silent: the request's length is required.
func contentLength(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength <= 0 {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	if err := sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{RequestBody: string(body), SignatureKey: key}); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	fulfil(r.URL.Query().Get("payment_id"))
}

// Silent: a helper handed the body parses it and its error stops the
// handler.
func parsedByHelper(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{RequestBody: string(body), SignatureKey: key}); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	ev, err := eventOf(body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(ev.Data.ID)
}

func eventOf(b []byte) (*event, error) {
	var ev event
	return &ev, json.Unmarshal(b, &ev)
}

// Silent: another provider's verifier, which checks an empty body too.
func razorpay(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), key) {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fulfil(r.URL.Query().Get("payment_id"))
}
