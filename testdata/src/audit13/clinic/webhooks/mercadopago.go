package webhooks

import (
	"database/sql"
	"errors"
	"log"
	"net/http"
	"strconv"

	"audit13/clinic/domain"

	"github.com/mercadopago/sdk-go/pkg/payment"
	mpwebhook "github.com/mercadopago/sdk-go/pkg/webhook"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

// MercadoPagoHook handles Mercado Pago payment notifications on the
// go-zero notification gateway.
type MercadoPagoHook struct {
	secret   string
	payments payment.Client
	visits   domain.VisitStore
	db       *sql.DB
}

// NewMercadoPagoHook returns the Mercado Pago handler.
func NewMercadoPagoHook(secret string, payments payment.Client, visits domain.VisitStore, db *sql.DB) *MercadoPagoHook {
	return &MercadoPagoHook{secret: secret, payments: payments, visits: visits, db: db}
}

// Routes are added to the go-zero server in main.
func (h *MercadoPagoHook) Routes() []rest.Route {
	return []rest.Route{{Method: http.MethodPost, Path: "/notify/mercadopago", Handler: h.Handle}}
}

type mpNotification struct {
	Action string `json:"action"`
	Type   string `json:"type"`
	Data   struct {
		ID string `json:"id"`
	} `json:"data"`
}

// Handle reads the notified payment back from Mercado Pago and records it.
func (h *MercadoPagoHook) Handle(w http.ResponseWriter, r *http.Request) {
	var n mpNotification
	if err := httpx.ParseJsonBody(r, &n); err != nil {
		httpx.Error(w, err)
		return
	}
	if err := mpwebhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), n.Data.ID, h.secret); err != nil {
		log.Printf("mercadopago: signature check failed for %s: %v", n.Data.ID, err)
	}
	if n.Type != "payment" {
		httpx.OkJson(w, map[string]string{"status": "ignored"})
		return
	}
	id, err := strconv.Atoi(n.Data.ID)
	if err != nil {
		httpx.Error(w, errors.New("bad id"))
		return
	}
	ctx := r.Context()
	p, err := h.payments.Get(ctx, id)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if p.Status == "approved" {
		if err := h.visits.MarkPaid(ctx, p.ExternalReference, strconv.Itoa(p.ID)); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if _, err := h.db.ExecContext(ctx, insertCopayRevenue, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by sql.DB.ExecContext\\) on every delivery"
			p.ExternalReference, strconv.Itoa(p.ID)); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	httpx.OkJson(w, map[string]string{"status": "ok"})
}

const insertCopayRevenue = `INSERT INTO ledger_entries (account, direction, amount_minor, source, source_ref) SELECT 'copay_revenue', 'credit', copay_cents, 'mercadopago', $2 FROM visits WHERE id = $1`
