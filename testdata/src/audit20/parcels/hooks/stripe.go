package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/hibiken/asynq"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit20/parcels/store"
)

const TaskWalletReceipt = "wallet:receipt"

// Stripe receives Stripe events for EU shippers' wallet top-ups.
type Stripe struct {
	secret  string
	wallets *store.Wallets
	queue   *asynq.Client
	log     *slog.Logger
}

func NewStripe(secret string, wallets *store.Wallets, q *asynq.Client, log *slog.Logger) *Stripe {
	return &Stripe{secret: secret, wallets: wallets, queue: q, log: log}
}

func (h *Stripe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil { // audit: lookalike webhookverify: ConstructEvent's error returns 400 before anything is written
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if evt.Type != stripe.EventTypePaymentIntentSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "bad object", http.StatusBadRequest)
		return
	}
	sellerID := pi.Metadata["wallet_topup"]
	if sellerID == "" {
		w.WriteHeader(http.StatusOK) // label checkouts are settled on the return page
		return
	}
	ctx := r.Context()
	if err := h.wallets.Credit(ctx, sellerID, pi.AmountReceived, string(pi.Currency)); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Wallets\\.Credit: paid state stored"
		h.log.Error("wallet credit", "seller", sellerID, "err", err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	payload := []byte(`{"seller_id":"` + sellerID + `","payment_intent":"` + pi.ID + `","amount":` + strconv.FormatInt(pi.AmountReceived, 10) + `}`)
	if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask(TaskWalletReceipt, payload), asynq.TaskID("rcpt-"+pi.ID)); err != nil { // audit: lookalike webhookack: the receipt e-mail is queued (a local write), not sent before the 200
		h.log.Warn("receipt enqueue", "pi", pi.ID, "err", err)
	}
	w.WriteHeader(http.StatusOK)
}
