package webhooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"gorm.io/gorm"

	"audit12/parking/domain"
	"audit12/parking/store"
	"audit12/parking/tolls"
)

// TollInvoices is the invoice persistence the GoCardless hooks need.
type TollInvoices interface {
	ByPayment(ctx context.Context, paymentID string) (*domain.TollInvoice, error)
	MarkPaid(ctx context.Context, id string) error
	MarkCollectionFailed(ctx context.Context, id string) error
}

// GoCardlessHooks handles GoCardless event batches for toll collections.
type GoCardlessHooks struct {
	secret     string
	db         *gorm.DB
	invoices   TollInvoices
	accounting *tolls.Accounting
}

// NewGoCardlessHooks returns the GoCardless handler. secret is the
// endpoint's webhook secret.
func NewGoCardlessHooks(secret string, db *gorm.DB, invoices TollInvoices, accounting *tolls.Accounting) *GoCardlessHooks {
	return &GoCardlessHooks{secret: secret, db: db, invoices: invoices, accounting: accounting}
}

func validGoCardlessSignature(body []byte, sig, secret string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

func (h *GoCardlessHooks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if !validGoCardlessSignature(body, r.Header.Get("Webhook-Signature"), h.secret) {
			w.WriteHeader(498)
			return
		}
	}
	var batch struct {
		Events []gocardless.Event `json:"events"`
	}
	if err := json.Unmarshal(body, &batch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, ev := range batch.Events {
		if ev.ResourceType != "payments" || ev.Links == nil {
			continue
		}
		inv, err := h.invoices.ByPayment(ctx, ev.Links.Payment)
		if err != nil {
			log.Printf("gocardless: event %s: no invoice for %s", ev.Id, ev.Links.Payment)
			continue
		}
		switch ev.Action {
		case "confirmed":
			if err := h.invoices.MarkPaid(ctx, inv.ID); err != nil { // want "\\[webhookverify\\] payment webhook GoCardlessHooks.ServeHTTP skips signature verification when the secret is empty"
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			entry := store.TollLedgerEntry{AccountID: inv.AccountID, InvoiceID: inv.ID, AmountCents: inv.AmountCents, Kind: "direct_debit"}
			if err := h.db.WithContext(ctx).Create(&entry).Error; err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by gorm.DB.Create\\)"
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			if err := h.accounting.PostReceipt(ctx, inv); err != nil { // want "\\[webhookack\\] webhook handler calls tolls.Accounting.PostReceipt, which calls an external API \\(http.Client.Do\\) before answering"
				log.Printf("gocardless: erp receipt %s: %v", inv.ID, err)
			}
		case "failed", "cancelled":
			if err := h.invoices.MarkCollectionFailed(ctx, inv.ID); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
