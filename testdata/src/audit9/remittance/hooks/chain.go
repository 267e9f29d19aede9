package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit9/remittance/domain"
)

// ChainNotify receives address-activity notifications from the chain
// indexer for the treasury wallet.
type ChainNotify struct {
	signingKey []byte
	transfers  domain.TransferStore
}

// NewChainNotify returns the indexer webhook.
func NewChainNotify(signingKey []byte, transfers domain.TransferStore) *ChainNotify {
	return &ChainNotify{signingKey: signingKey, transfers: transfers}
}

type addressActivity struct {
	WebhookID string `json:"webhookId"`
	Event     struct {
		Activity []struct {
			Hash     string  `json:"hash"`
			ToAddr   string  `json:"toAddress"`
			Value    float64 `json:"value"`
			Asset    string  `json:"asset"`
			Category string  `json:"category"`
		} `json:"activity"`
	} `json:"event"`
}

// AddressActivity marks USDC payouts delivered when the indexer sees them
// mined.
func (h *ChainNotify) AddressActivity(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.signingKey)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Alchemy-Signature"))) {
		log.Printf("chain notify: signature mismatch for webhook from %s", r.RemoteAddr)
	}
	var evt addressActivity
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, a := range evt.Event.Activity {
		if a.Asset != "USDC" {
			continue
		}
		t, err := h.transfers.FindByPayoutRef(ctx, a.Hash)
		if err != nil {
			continue
		}
		if t.Status == domain.StatusCompleted {
			continue
		}
		if err := h.transfers.MarkCompleted(ctx, t.ID); err != nil { // want "\\[webhookverify\\] payment webhook ChainNotify.AddressActivity verifies the signature but carries on when it fails"
			http.Error(w, "update failed", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
