package payhttp

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit6/payables/acctsync"
	"audit6/payables/payments"
)

// BillRepo is the bills table.
type BillRepo interface {
	Get(ctx context.Context, id string) (payments.Bill, error)
	Approve(ctx context.Context, id, userID string) error
	MarkPaid(ctx context.Context, billID, paymentRef string) error
	AccountingID(ctx context.Context, billID string) (string, error)
}

// Wallets holds each organisation's prepaid balance.
type Wallets interface {
	Credit(ctx context.Context, orgID string, amount int64, ref string) error
	MarkTopupSucceeded(ctx context.Context, sessionID string) error
}

// Mailer sends e-mails to suppliers.
type Mailer interface {
	SendRemittance(ctx context.Context, billID string) error
}

// Jobs is the background queue.
type Jobs interface {
	Enqueue(ctx context.Context, kind string, payload any) error
}

// Config is read from the environment at start-up.
type Config struct {
	BankWebhookSecret string
	AccountingKey     string
}

type Handlers struct {
	cfg     Config
	bills   BillRepo
	wallets Wallets
	pay     *payments.Service
	acct    *acctsync.Client
	mail    Mailer
	jobs    Jobs
	log     *slog.Logger
}

func New(cfg Config, bills BillRepo, w Wallets, pay *payments.Service, acct *acctsync.Client, mail Mailer, jobs Jobs, log *slog.Logger) *Handlers {
	return &Handlers{cfg: cfg, bills: bills, wallets: w, pay: pay, acct: acct, mail: mail, jobs: jobs, log: log}
}

func (h *Handlers) requireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (h *Handlers) approveBill(w http.ResponseWriter, r *http.Request) {
	if err := h.bills.Approve(r.Context(), chi.URLParam(r, "id"), r.Header.Get("X-User-Id")); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) payBill(w http.ResponseWriter, r *http.Request) {
	b, err := h.bills.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := h.pay.PayBill(r.Context(), b); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "submitted"})
}
