// Package hooks receives the payment providers' webhooks and callbacks.
package hooks

import (
	"log/slog"
	"net/http"

	"github.com/hibiken/asynq"

	"audit20/parcels/store"
)

// Deps are the stores and queues the webhooks write to.
type Deps struct {
	Labels  *store.Labels
	Lockers *store.Lockers
	Wallets *store.Wallets
	Queue   *asynq.Client
	SMS     *SMSClient
	Log     *slog.Logger
}

// Secrets are the providers' webhook secrets.
type Secrets struct {
	Razorpay      string
	XenditToken   string
	MidtransKey   string
	StripeWebhook string
}

// Register mounts every provider webhook on mux.
func Register(mux *http.ServeMux, s Secrets, d Deps) error {
	mux.Handle("POST /hooks/razorpay", NewRazorpay(s.Razorpay, d.Labels, d.Log))
	mux.Handle("POST /hooks/xendit/invoice", NewInvoiceCallback(s.XenditToken, d.Labels, d.Log))
	if s.XenditToken != "" {
		ew, err := NewXenditCallbacks(s.XenditToken, d.Lockers, d.Log)
		if err != nil {
			return err
		}
		mux.HandleFunc("POST /hooks/xendit/ewallet", ew.EWallet)
	} else {
		d.Log.Warn("XENDIT_CALLBACK_TOKEN not set: e-wallet top-ups are not credited")
	}
	mux.Handle("POST /hooks/midtrans", NewMidtrans(s.MidtransKey, d.Lockers, d.SMS, d.Log))
	mux.Handle("POST /hooks/stripe", NewStripe(s.StripeWebhook, d.Wallets, d.Queue, d.Log))
	return nil
}
