package webhooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/razorpay/razorpay-go/utils"

	"audit11/utilities/billing"
)

type razorpayEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID     string            `json:"id"`
				Amount int64             `json:"amount"`
				Status string            `json:"status"`
				Notes  map[string]string `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// Razorpay handles Razorpay webhooks for UPI autopay debits.
type Razorpay struct {
	secret string
	db     *pgxpool.Pool
	bills  billing.BillStore
	log    *slog.Logger
}

func NewRazorpay(secret string, db *pgxpool.Pool, bills billing.BillStore) *Razorpay {
	return &Razorpay{secret: secret, db: db, bills: bills, log: slog.Default().With("provider", "razorpay")}
}

// Routes mounts the handler on r.
func (h *Razorpay) Routes(r chi.Router) {
	r.Post("/razorpay", h.handle)
}

func (h *Razorpay) handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), h.secret) {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	var ev razorpayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	p := ev.Payload.Payment.Entity
	billID := p.Notes["bill_id"]
	switch ev.Event {
	case "payment.captured":
		bill, err := h.bills.Get(ctx, billID)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if bill.Status == billing.BillPaid {
			// Paid twice (autopay and a manual payment): keep the extra as account credit.
			if _, err := h.db.Exec(ctx, `UPDATE accounts SET credit_minor = credit_minor + $1 WHERE id = $2`, // want "\\[webhookdedupe\\] webhook handler credits the balance \\(paid state stored by pgxpool.Pool.Exec\\) on every delivery"
				p.Amount, bill.AccountID); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			h.log.Info("upi overpayment credited", "bill", billID, "payment", p.ID)
		} else if err := h.bills.MarkPaid(ctx, billID, p.ID); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case "payment.failed":
		_ = h.bills.MarkFailed(ctx, billID, "upi debit failed")
	}
	w.WriteHeader(http.StatusOK)
}
