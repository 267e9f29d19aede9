package hooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit25/coworking/store"
)

// GoCardlessEvents handles events of the UK creditor. The SDK's handler
// checks Webhook-Signature before calling HandleEvent.
type GoCardlessEvents struct {
	payments gocardless.PaymentService
	billing  *store.Billing
	log      *slog.Logger
}

func NewGoCardless(secret string, payments gocardless.PaymentService, billing *store.Billing, log *slog.Logger) (http.Handler, error) {
	ev := &GoCardlessEvents{payments: payments, billing: billing, log: log}
	return gocardless.NewWebhookHandler(secret, ev) // audit: lookalike webhookverify: the SDK's WebhookHandler verifies Webhook-Signature before HandleEvent runs
}

func (e *GoCardlessEvents) HandleEvent(ev gocardless.Event) error {
	if ev.ResourceType != "payments" || ev.Action != "confirmed" || ev.Links == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p, err := e.payments.Get(ctx, ev.Links.Payment)
	if err != nil {
		return err
	}
	return e.billing.AddLandlordShare(ctx, p.Id, int64(p.Amount), p.Currency) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Billing\\.AddLandlordShare:"
}

// GoCardlessNL handles the Dutch creditor, which was migrated from our old
// PHP stack and still posts to a hand-written endpoint.
type GoCardlessNL struct {
	secret  string
	billing *store.Billing
	log     *slog.Logger
}

func NewGoCardlessNL(secret string, billing *store.Billing, log *slog.Logger) *GoCardlessNL {
	return &GoCardlessNL{secret: secret, billing: billing, log: log}
}

type gcEnvelope struct {
	Events []struct {
		ID           string `json:"id"`
		Action       string `json:"action"`
		ResourceType string `json:"resource_type"`
		Links        struct {
			Payment string `json:"payment"`
		} `json:"links"`
		Metadata map[string]string `json:"metadata"`
	} `json:"events"`
}

func (h *GoCardlessNL) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Webhook-Signature"))) {
		// TODO(ops): switch to rejecting once the NL secret is rotated everywhere
		h.log.Warn("gocardless nl: signature mismatch")
	}
	var env gcEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, ev := range env.Events {
		if ev.ResourceType != "payments" || ev.Action != "confirmed" {
			continue
		}
		through, err := time.Parse("2006-01-02", ev.Metadata["paid_through"])
		if err != nil {
			continue
		}
		if err := h.billing.ExtendMembership(r.Context(), ev.Metadata["membership_id"], through, ev.Links.Payment); err != nil { // audit: missed webhookverify: the signature mismatch is only logged, so any POST extends a membership's paid_through
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
