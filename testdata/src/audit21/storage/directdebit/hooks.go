package directdebit

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit21/storage/platform"
	"audit21/storage/store"
)

// GateSync is queued once a rental is paid up again.
type GateSync func(ctx context.Context, rentalID int64) error

// UKHooks handles the UK creditor's events.
type UKHooks struct {
	st   *store.Store
	jobs *platform.Runner
	sync GateSync
}

// NewUKHandler returns the http.Handler for the UK creditor's webhook: the
// SDK checks the Webhook-Signature before any event reaches us.
func NewUKHandler(secret string, st *store.Store, jobs *platform.Runner, sync GateSync) (http.Handler, error) {
	h := &UKHooks{st: st, jobs: jobs, sync: sync}
	return gocardless.NewWebhookHandler(secret, h) // audit: lookalike webhookverify: the SDK's WebhookHandler verifies the signature before HandleEvent runs
}

// HandleEvent implements gocardless.EventHandler.
func (h *UKHooks) HandleEvent(e gocardless.Event) error {
	ctx := context.Background()
	if e.ResourceType != "payments" || e.Links == nil {
		return nil
	}
	first, err := h.st.FirstDelivery(ctx, "gocardless", e.Id)
	if err != nil {
		return err
	}
	if !first {
		return nil
	}
	switch e.Action {
	case "confirmed":
		rentalID, err := h.st.MarkPaidByRef(ctx, e.Links.Payment)
		if err != nil {
			return err
		}
		if err := h.st.RecordPaymentForRef(ctx, e.Links.Payment, "bacs"); err != nil { // audit: lookalike webhookdedupe: behind FirstDelivery, an ON CONFLICT DO NOTHING insert of the event id with its rows affected checked
			return err
		}
		h.jobs.Enqueue(platform.Job{Name: "gate-sync", Run: func(ctx context.Context) error { return h.sync(ctx, rentalID) }}) // audit: lookalike webhookack: the gate controller call is queued on the job runner, not made before the answer
	case "failed", "charged_back":
		return h.st.MarkFailedByRef(ctx, e.Links.Payment, e.Action)
	}
	return nil
}

// becsEnvelope is the body GoCardless posts.
type becsEnvelope struct {
	Events []gocardless.Event `json:"events"`
}

// BECSHooks handles the Australian creditor's webhook. It predates the
// SDK's webhook handler.
type BECSHooks struct {
	Secret string
	Store  *store.Store
	Log    interface {
		Warn(msg string, args ...any)
		Error(msg string, args ...any)
	}
}

func (h *BECSHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(h.Secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("Webhook-Signature"))) {
		h.Log.Warn("gocardless becs: signature mismatch", "len", len(body))
	}
	var env becsEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, e := range env.Events {
		if e.ResourceType != "payments" || e.Links == nil {
			continue
		}
		switch e.Action {
		case "confirmed", "paid_out":
			rentalID, err := h.Store.MarkPaidByRef(ctx, e.Links.Payment) // want "\\[webhookverify\\] payment webhook BECSHooks\\.ServeHTTP verifies the signature but carries on"
			if err != nil {
				h.Log.Error("becs: mark paid", "err", err)
				continue
			}
			amount := int64(0)
			if v, ok := e.Metadata["amount"].(float64); ok {
				amount = int64(v)
			}
			if err := h.Store.RecordPayment(ctx, rentalID, amount, "AUD", "becs", e.Links.Payment); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Store\\.RecordPayment:"
				h.Log.Error("becs: ledger", "err", err)
			}
		case "failed", "cancelled":
			_ = h.Store.MarkFailedByRef(ctx, e.Links.Payment, e.Action) // want "\\[webhookverify\\] payment webhook BECSHooks\\.ServeHTTP verifies the signature but carries on when it fails .* before failed payment state stored by store\\.Store\\.MarkFailedByRef"
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
