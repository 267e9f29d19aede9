package web

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"
	"github.com/mercadopago/sdk-go/pkg/webhook"

	"audit23/airline/adyenpay"
	"audit23/airline/domain"
	"audit23/airline/gds"
	"audit23/airline/jobs"
	"audit23/airline/latam"
	"audit23/airline/paypal"
	"audit23/airline/store"
)

// Hooks receives the providers' notifications.
type Hooks struct {
	Bookings    *store.Bookings
	Ledger      *store.Ledger
	Commissions *store.Commissions
	Deliveries  *store.Holds
	Adyen       *adyenpay.Notifications
	PayPal      *paypal.Client
	GDS         *gds.Client
	MP          *latam.MercadoPago
	MPSecret    string
	Queue       *asynq.Client
	Log         *slog.Logger
}

// Mount adds the notification routes that need no extra middleware; the
// Pix route is mounted by main behind the bank's signature check.
func (h *Hooks) Mount(r chi.Router) {
	r.Post("/hooks/adyen", h.adyen)
	r.Post("/hooks/paypal", h.paypal)
	r.Post("/hooks/mercadopago", h.mercadoPago)
	r.Post("/hooks/payouts", h.payouts)
}

func (h *Hooks) adyen(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	items, err := h.Adyen.Parse(body)
	if err != nil {
		http.Error(w, "bad notification", http.StatusBadRequest)
		return
	}
	for _, it := range items {
		if !h.Adyen.Authentic(it) {
			http.Error(w, "bad hmac", http.StatusUnauthorized)
			return
		}
		if it.EventCode != "AUTHORISATION" || it.Success != "true" {
			continue
		}
		if err := h.Bookings.MarkPaid(ctx, it.MerchantReference, "adyen", it.PspReference); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/adyen skips signature verification when the secret"
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		fresh, err := h.Ledger.AppendOnce(ctx, store.Entry{ // audit: lookalike webhookdedupe: ON CONFLICT DO NOTHING on the pspReference; a repeat writes nothing and queues no second ticketing
			PNR: it.MerchantReference, Provider: "adyen", ProviderRef: it.PspReference,
			Kind: "authorisation", AmountMinor: it.Amount.Value, Currency: it.Amount.Currency,
		})
		if err != nil {
			http.Error(w, "ledger", http.StatusInternalServerError)
			return
		}
		if !fresh {
			continue
		}
		if _, err := h.Queue.EnqueueContext(ctx, jobs.NewIssueTicketTask(it.MerchantReference)); err != nil { // audit: lookalike webhookack: ticketing is queued, the answer follows at once
			h.Log.Error("enqueue ticket", "pnr", it.MerchantReference, "err", err)
		}
	}
	_, _ = w.Write([]byte("[accepted]"))
}

func (h *Hooks) paypal(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	verdict, err := h.PayPal.VerifyWebhook(ctx, r.Header, body)
	if err != nil {
		http.Error(w, "verify", http.StatusBadGateway)
		return
	}
	var ev paypal.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	h.Log.Info("paypal event", "id", ev.ID, "type", ev.EventType, "verification", verdict)
	if ev.EventType != "PAYMENT.CAPTURE.COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var c paypal.CaptureResource
	if err := json.Unmarshal(ev.Resource, &c); err != nil {
		http.Error(w, "bad resource", http.StatusBadRequest)
		return
	}
	b, err := h.Bookings.ByPNR(ctx, c.CustomID)
	if err != nil {
		http.Error(w, "unknown booking", http.StatusNotFound)
		return
	}
	if b.Status == domain.BookingPaid || b.Status == domain.BookingTicketed {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Bookings.MarkPaid(ctx, c.CustomID, "paypal", c.ID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/paypal checks only the error of paypal\\.Client\\.VerifyWebhook \\(PayPal POST /v1/notifications/verify-webhook-signature\\)"
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if _, err := h.GDS.Issue(ctx, c.CustomID); err != nil { // want "\\[webhookack\\] webhook handler calls gds\\.Client\\.Issue, which calls an external API \\(http\\.Client\\.Do\\)"
		h.Log.Error("issue after paypal", "pnr", c.CustomID, "err", err)
	}
	w.WriteHeader(http.StatusOK)
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

func (h *Hooks) mercadoPago(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var n mpNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	dataID := r.URL.Query().Get("data.id")
	if dataID == "" {
		dataID = n.Data.ID
	}
	if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), dataID, h.MPSecret); err != nil { // audit: lookalike webhookverify: Mercado Pago's signature is checked and a bad one is refused
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if n.Type != "payment" {
		w.WriteHeader(http.StatusOK)
		return
	}
	id, err := strconv.Atoi(dataID)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	p, err := h.MP.Payment(ctx, id)
	if err != nil {
		http.Error(w, "lookup", http.StatusBadGateway)
		return
	}
	if p.Status != "approved" || strings.HasPrefix(p.ExternalReference, "anc-") {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Bookings.MarkPaid(ctx, p.ExternalReference, "mercadopago", dataID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := h.Ledger.Append(ctx, store.Entry{ // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(store\\.Ledger\\.Append: paid"
		PNR: p.ExternalReference, Provider: "mercadopago", ProviderRef: dataID,
		Kind: "capture", AmountMinor: int64(p.TransactionAmount * 100), Currency: "BRL",
	}); err != nil {
		http.Error(w, "ledger", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

type pixNotification struct {
	Pix []struct {
		EndToEndID string `json:"endToEndId"`
		TxID       string `json:"txid"`
		Valor      string `json:"valor"`
	} `json:"pix"`
}

// Pix receives the bank's Pix notifications; main mounts it behind the
// bank's HMAC check.
func (h *Hooks) Pix(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var n pixNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	for _, p := range n.Pix {
		b, err := h.Bookings.ByProviderRef(ctx, "pix", p.TxID)
		if err != nil {
			h.Log.Warn("pix for unknown txid", "txid", p.TxID)
			continue
		}
		if err := h.Bookings.MarkPaid(ctx, b.PNR, "pix", p.EndToEndID); err != nil { // audit: lookalike webhookverify: the route is mounted by main behind platform.HMACGuard, which refuses an empty secret
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		first, err := h.Deliveries.FirstDelivery(ctx, "pix", p.EndToEndID) // audit: lookalike webhookdedupe: SETNX on the endToEndId; a repeat writes no second ledger line and queues no second ticketing
		if err != nil {
			http.Error(w, "dedupe", http.StatusInternalServerError)
			return
		}
		if !first {
			continue
		}
		if err := h.Ledger.Append(ctx, store.Entry{PNR: b.PNR, Provider: "pix", ProviderRef: p.EndToEndID, Kind: "capture", AmountMinor: b.AmountMinor, Currency: "BRL"}); err != nil {
			http.Error(w, "ledger", http.StatusInternalServerError)
			return
		}
		if _, err := h.Queue.EnqueueContext(ctx, jobs.NewIssueTicketTask(b.PNR)); err != nil {
			h.Log.Error("enqueue ticket", "pnr", b.PNR, "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

type payoutNotification struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"` // paid, returned, failed
}

func (h *Hooks) payouts(w http.ResponseWriter, r *http.Request) {
	var n payoutNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Commissions.SetPayoutStatus(r.Context(), n.PayoutID, n.Status); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/payouts acts on the payment \\(the posted status stored by store\\.Commissions\\.SetPayoutStatus\\) without verifying the provider's signature"
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
