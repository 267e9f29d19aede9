package xenditpay

import (
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit15/hotel/booking"
)

// CallbackHandler receives Xendit payment callbacks.
type CallbackHandler struct {
	token string
	stays booking.Stays
	db    *pgxpool.Pool
}

// NewCallbackHandler returns the handler; token is the verification token
// from the Xendit dashboard.
func NewCallbackHandler(token string, stays booking.Stays, db *pgxpool.Pool) *CallbackHandler {
	return &CallbackHandler{token: token, stays: stays, db: db}
}

type paymentCallback struct {
	Event string `json:"event"`
	Data  struct {
		PaymentRequestID string  `json:"payment_request_id"`
		ReferenceID      string  `json:"reference_id"`
		Status           string  `json:"status"`
		Amount           float64 `json:"amount"`
		Currency         string  `json:"currency"`
	} `json:"data"`
}

// stayRef strips the attempt suffix added by CollectDeposit.
func stayRef(reference string) string {
	if i := strings.LastIndex(reference, "-dp"); i > 0 {
		return reference[:i]
	}
	return strings.TrimPrefix(reference, "qr-")
}

func (h *CallbackHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.token != "" {
		got := r.Header.Get("x-callback-token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(h.token)) != 1 {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
	}
	var cb paymentCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if cb.Event != "payment.succeeded" || cb.Data.Status != "SUCCEEDED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	ref := stayRef(cb.Data.ReferenceID)
	if err := h.stays.MarkDepositPaid(ctx, ref, cb.Data.PaymentRequestID); err != nil { // want "\\[webhookverify\\] payment webhook CallbackHandler.ServeHTTP skips signature verification when the secret is empty \\(fails open\\)"
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_, err := h.db.Exec(ctx, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by pgxpool.Pool.Exec\\) on every delivery"
		`INSERT INTO deposit_ledger (stay_ref, provider, provider_ref, amount, currency) VALUES ($1, 'xendit', $2, $3, $4)`,
		ref, cb.Data.PaymentRequestID, int64(cb.Data.Amount), cb.Data.Currency)
	if err != nil {
		http.Error(w, "ledger", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
