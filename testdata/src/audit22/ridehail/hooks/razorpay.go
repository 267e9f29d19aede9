package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/razorpay/razorpay-go/utils"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit22/ridehail/store"
)

// Razorpay receives Razorpay (payments) and RazorpayX (payouts) webhooks
// on the go-zero gateway the India team runs.
type Razorpay struct {
	repo   *store.Repo
	secret string
	xsec   string
	log    *slog.Logger
}

// NewRazorpay builds the handlers; payments and RazorpayX use different
// webhook secrets.
func NewRazorpay(repo *store.Repo, secret, payoutSecret string, log *slog.Logger) *Razorpay {
	return &Razorpay{repo: repo, secret: secret, xsec: payoutSecret, log: log}
}

// Mount adds the webhook routes.
func (h *Razorpay) Mount(s *rest.Server) {
	s.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/webhooks/razorpay", Handler: h.payments},
		{Method: http.MethodPost, Path: "/webhooks/razorpayx", Handler: h.payouts},
	})
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
				Amount  int64  `json:"amount"`
			} `json:"entity"`
		} `json:"payment"`
		Payout struct {
			Entity struct {
				ID          string `json:"id"`
				ReferenceID string `json:"reference_id"`
				Status      string `json:"status"`
				Amount      int64  `json:"amount"`
			} `json:"entity"`
		} `json:"payout"`
	} `json:"payload"`
}

func (h *Razorpay) payments(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	sig := r.Header.Get("X-Razorpay-Signature")
	if !utils.VerifyWebhookSignature(string(body), sig, h.secret) {
		h.log.Warn("razorpay webhook signature mismatch", "len", len(body))
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ent := evt.Payload.Payment.Entity
	switch evt.Event {
	case "payment.captured", "order.paid":
		p, err := h.repo.PaymentByRef(r.Context(), ent.OrderID)
		if err != nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := h.repo.MarkPaid(r.Context(), p.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/razorpay verifies the signature but carries on"
			httpx.Error(w, err)
			return
		}
	case "payment.failed":
		if p, err := h.repo.PaymentByRef(r.Context(), ent.OrderID); err == nil {
			_ = h.repo.SetPaymentStatus(r.Context(), p.ID, store.PayFailed)
		}
	}
	httpx.OkJson(w, map[string]string{"status": "ok"})
}

func (h *Razorpay) payouts(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), h.xsec) { // audit: lookalike webhookverify: a bad or missing signature is refused with 401 before anything is read
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	po := evt.Payload.Payout.Entity
	co, err := h.repo.CashoutByRef(r.Context(), po.ReferenceID)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch evt.Event {
	case "payout.processed":
		_ = h.repo.UpdateCashout(r.Context(), co.ID, "completed", po.ID)
	case "payout.reversed":
		_ = h.repo.UpdateCashout(r.Context(), co.ID, "failed", po.ID)
		if err := h.repo.CreditDriver(r.Context(), co.DriverID, float64(po.Amount)/100); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store\\.Repo\\.CreditDriver: paid state"
			httpx.Error(w, err)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
