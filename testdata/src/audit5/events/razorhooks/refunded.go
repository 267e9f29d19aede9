package razorhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/razorpay/razorpay-go/utils"
)

// Refunded voids the tickets of a refunded payment and credits the buyer's
// wallet with the booking fee we keep as goodwill.
func (d *Deps) Refunded(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), d.Secret) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	var ev rpEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	p := ev.Payload.Payment.Entity
	ctx := r.Context()
	if _, err := d.DB.ExecContext(ctx, `UPDATE tickets SET status = 'void' WHERE order_id = (SELECT id FROM orders WHERE razorpay_order_id = $1)`, p.OrderID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if _, err := d.DB.ExecContext(ctx, `UPDATE buyers SET wallet_balance = wallet_balance + 5000 WHERE email = $1`, p.Email); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance"
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
