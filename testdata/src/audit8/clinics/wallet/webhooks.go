package wallet

import (
	"encoding/json"
	"io"
	"net/http"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

// squareEvent is the part of Square's refund/payment event we read.
type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				ReferenceID string `json:"reference_id"` // patient id
				Overpaid    int64  `json:"overpaid"`     // our own note field
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

type Webhooks struct {
	store     *Store
	sq        *sqclient.Client
	sigKey    string
	notifyURL string
}

func NewWebhooks(store *Store, sq *sqclient.Client, sigKey, notifyURL string) *Webhooks {
	return &Webhooks{store: store, sq: sq, sigKey: sigKey, notifyURL: notifyURL}
}

func (wh *Webhooks) verified(r *http.Request) (*squareEvent, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil || len(body) == 0 {
		return nil, false
	}
	err = wh.sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
		SignatureKey:    wh.sigKey,
		NotificationURL: wh.notifyURL,
	})
	if err != nil {
		return nil, false
	}
	var evt squareEvent
	if json.Unmarshal(body, &evt) != nil {
		return nil, false
	}
	return &evt, true
}

// paymentUpdated credits an overpayment to the patient's wallet.
func (wh *Webhooks) paymentUpdated(w http.ResponseWriter, r *http.Request) {
	evt, ok := wh.verified(r)
	if !ok {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	p := evt.Data.Object.Payment
	if p.Status == "COMPLETED" && p.Overpaid > 0 {
		if err := wh.store.CreditOverpayment(r.Context(), p.ReferenceID, p.Overpaid); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(wallet.Store.CreditOverpayment"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// paymentUpdatedV2 is the deduplicated version the new clinics use.
func (wh *Webhooks) paymentUpdatedV2(w http.ResponseWriter, r *http.Request) {
	evt, ok := wh.verified(r)
	if !ok {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	dup, err := wh.store.SeenEvent(r.Context(), evt.EventID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	p := evt.Data.Object.Payment
	if !dup && p.Status == "COMPLETED" && p.Overpaid > 0 {
		if err := wh.store.CreditOverpayment(r.Context(), p.ReferenceID, p.Overpaid); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
