package webhooks

import (
	"encoding/json"
	"log"
	"net/http"

	"audit16/farm/store"
)

type stkCallback struct {
	Body struct {
		StkCallback struct {
			MerchantRequestID string `json:"MerchantRequestID"`
			CheckoutRequestID string `json:"CheckoutRequestID"`
			ResultCode        int    `json:"ResultCode"`
			ResultDesc        string `json:"ResultDesc"`
			CallbackMetadata  struct {
				Item []struct {
					Name  string `json:"Name"`
					Value any    `json:"Value"`
				} `json:"Item"`
			} `json:"CallbackMetadata"`
		} `json:"stkCallback"`
	} `json:"Body"`
}

func (c *stkCallback) receipt() string {
	for _, it := range c.Body.StkCallback.CallbackMetadata.Item {
		if it.Name == "MpesaReceiptNumber" {
			s, _ := it.Value.(string)
			return s
		}
	}
	return ""
}

// Mpesa receives Daraja STK push results.
type Mpesa struct {
	ledger *store.Ledger
	boxes  int
}

// NewMpesa returns the Daraja callback handler.
func NewMpesa(ledger *store.Ledger) *Mpesa { return &Mpesa{ledger: ledger, boxes: 1} }

func accepted(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"ResultCode":0,"ResultDesc":"Accepted"}`))
}

// STK records the result of an STK push and grants the box credits.
func (h *Mpesa) STK(w http.ResponseWriter, r *http.Request) {
	var cb stkCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	res := cb.Body.StkCallback
	if res.ResultCode != 0 {
		log.Printf("mpesa %s: %d %s", res.CheckoutRequestID, res.ResultCode, res.ResultDesc)
		accepted(w)
		return
	}
	ctx := r.Context()
	ref, claimed, err := h.ledger.ClaimPendingMpesa(ctx, res.CheckoutRequestID, cb.receipt()) // want "\\[webhookverify\\] payment webhook /callbacks/mpesa/stk acts on the payment .* without verifying the provider's signature"
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if claimed {
		if err := h.ledger.GrantBoxCredits(ctx, ref, h.boxes); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	accepted(w)
}
